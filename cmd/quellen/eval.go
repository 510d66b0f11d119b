package main

import (
	"context"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return badInput("usage: quellen eval qa|retrieval|abstain|speed|timex [flags] DIR")
	}
	switch args[0] {
	case "qa":
		return runEvalQA(ctx, e, args[1:])
	case "retrieval":
		return runEvalRetrieval(ctx, e, args[1:])
	case "abstain":
		return runEvalAbstain(ctx, e, args[1:])
	case "speed":
		return runEvalSpeed(ctx, e, args[1:])
	case "speed-worker": // one side of eval speed, run by it
		return runEvalSpeedWorker(ctx, e, args[1:])
	case "timex":
		return runEvalTimex(ctx, e, args[1:])
	}
	return badInput("unknown evaluation %q: use qa, retrieval, abstain, speed or timex", args[0])
}
