// Does the page report an agreement? Explicit, non-negated agreement cues that yield measures, weighed
// against "failed to agree" / "no agreement" wordings and a negated title; parties must exist.

import { NEGATED } from '../model/cues';

const NEGATION_HINT = /fail|refus|declin|\bno\b|without|not|walked|called off|collaps|broke down|disagree/i;
const TITLE_POSITIVE = /\b(?:agree\w*|sign\w*|ink\w*|pact|deal|accord|ceasefire|truce|to\s+resume|declaration|treaty)\b/i;

export interface Detection {
  isAgreement: boolean;
  confidence: number;
}

export function detectAgreement(
  sentences: Array<{ text: string }>, title: string | null, strongMeasures: number, parties: number,
): Detection {
  let neg = 0;
  for (const s of sentences) if (NEGATION_HINT.test(s.text) && NEGATED.test(s.text)) neg++;
  const titleNeg = !!title && NEGATED.test(title);
  const titlePos = !!title && !titleNeg && TITLE_POSITIVE.test(title);
  if (titleNeg) neg += 2;
  const pos = strongMeasures + (titlePos ? 1 : 0);
  const isAgreement = strongMeasures > 0 && parties > 0 && pos > neg;
  const raw = 0.35 + 0.12 * Math.min(pos, 5) - 0.12 * neg + (parties >= 2 ? 0.1 : 0);
  const confidence = Math.round(Math.min(0.98, Math.max(0.02, isAgreement ? Math.max(raw, 0.55) : Math.min(raw, 0.45))) * 100) / 100;
  return { isAgreement, confidence };
}
