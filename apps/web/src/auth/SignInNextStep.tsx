import { EnrolmentStep } from "./EnrolmentStep.tsx";
import { SecondFactorStep } from "./SecondFactorStep.tsx";
import type { NextSignInStep } from "./sign-in-steps.ts";
import type { SignInCompletion } from "./use-sign-in.ts";

/** The step a sign-in still needs, whichever way it started (password, email link, provider). */
export function SignInNextStep({
  step,
  completion,
  onRestart,
}: {
  step: NextSignInStep;
  completion: SignInCompletion;
  onRestart: () => void;
}) {
  return step.kind === "code" ? (
    <SecondFactorStep
      challengeToken={step.challengeToken}
      onSignedIn={completion.complete}
      onRestart={onRestart}
    />
  ) : (
    <EnrolmentStep enrolmentToken={step.enrolmentToken} completion={completion} onRestart={onRestart} />
  );
}
