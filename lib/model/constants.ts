// The model's fixed lists, without their Zod schemas: views that only need a list (the popup,
// the in-page controls) import it from here and so load no schema code.
export const ANSWERS = ['met', 'not met', 'unclear'] as const;
export const VERDICTS = ['include', 'exclude', 'maybe'] as const;
export const STAGES = ['screening', 'full-text'] as const;
export const CRITERIA = ['population', 'intervention', 'comparison', 'outcome', 'studyDesign'] as const;
export const SCREENING_MODES = ['single', 'dual-blind', 'dual-open'] as const;
