import { acronymQuestionMaker } from "./acronym-question";
import { dateClozeMaker } from "./date-cloze";
import { entityClozeMaker } from "./entity-cloze";
import { quantityClozeMaker } from "./quantity-cloze";
import { subjectQuestionMaker } from "./subject-question";
import { termClozeMaker } from "./term-cloze";
import { titleHolderMaker } from "./title-holder";
import type { CandidateMaker } from "./types";
import { whenQuestionMaker } from "./when-question";
import { whoIsMaker } from "./who-is";
import { whoSaidMaker } from "./who-said";

/** Every card family, in the order their candidates are proposed (questions before clozes of the same fact). */
export const CANDIDATE_MAKERS: readonly CandidateMaker[] = [
  whoIsMaker,
  titleHolderMaker,
  acronymQuestionMaker,
  whoSaidMaker,
  whenQuestionMaker,
  subjectQuestionMaker,
  dateClozeMaker,
  quantityClozeMaker,
  entityClozeMaker,
  termClozeMaker,
];

export type { CandidateMaker, CardFamily, MadeCandidate, SentenceContext } from "./types";
