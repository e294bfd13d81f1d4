/**
 * A classification reason (src/core/signals.ts) in the user's language: the code picks the message, the args fill
 * it; topic lists are translated topic by topic and joined the way the language joins a list. Results are validated
 * before they get here (known codes only); should a message still be missing, the core's English text shows rather
 * than a message key.
 */
import { TOPIC_LIST_CODES, type CAREER_TOPICS, type PROGRAM_TOPICS, type Signal } from '../core/signals';
import { t, uiLanguage } from './i18n';

const SIGNAL_KEYS = {
  'mba-in-headline': 'signalMbaInHeadline',
  'mba-in-first-lines': 'signalMbaInFirstLines',
  'mba-in-address': 'signalMbaInAddress',
  'mba-in-structured-data': 'signalMbaInStructuredData',
  'mba-mentions': 'signalMbaMentions',
  'one-program-talk': 'signalOneProgramTalk',
  'program-topics': 'signalProgramTopics',
  'role-in-headline': 'signalRoleInHeadline',
  'role-in-first-lines': 'signalRoleInFirstLines',
  'job-posting-structured-data': 'signalJobPostingStructuredData',
  'ai-mentions': 'signalAiMentions',
  'career-topics': 'signalCareerTopics',
  'words-in-title': 'signalWordsInTitle',
  'words-in-heading': 'signalWordsInHeading',
  'words-in-address': 'signalWordsInAddress',
  'words-in-first-lines': 'signalWordsInFirstLines',
  'words-in-content': 'signalWordsInContent',
  'structured-data-type': 'signalStructuredDataType',
  'gate-nothing': 'signalGateNothing',
} as const satisfies Record<Signal['code'], string>;

const TOPIC_KEYS = {
  credits: 'signalTopicCredits',
  curriculum: 'signalTopicCurriculum',
  tuition: 'signalTopicTuition',
  admissions: 'signalTopicAdmissions',
  schedule: 'signalTopicSchedule',
  visa: 'signalTopicVisa',
  students: 'signalTopicStudents',
  cost: 'signalTopicCost',
  responsibilities: 'signalTopicResponsibilities',
  requirements: 'signalTopicRequirements',
  hiring: 'signalTopicHiring',
  career: 'signalTopicCareer',
  posting: 'signalTopicPosting',
} as const satisfies Record<(typeof PROGRAM_TOPICS)[number] | (typeof CAREER_TOPICS)[number], string>;

/** "credits, curriculum, tuition" in the user's language (Intl's list without a conjunction, as the English reads). */
function topicList(ids: readonly string[]): string {
  const names = ids.map((id) => (Object.hasOwn(TOPIC_KEYS, id) ? t(TOPIC_KEYS[id as keyof typeof TOPIC_KEYS]) : id));
  try {
    return new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(names);
  } catch {
    return names.join(', ');
  }
}

export function signalText(signal: Signal): string {
  if (!Object.hasOwn(SIGNAL_KEYS, signal.code)) return signal.text;
  const key = SIGNAL_KEYS[signal.code];
  const args = TOPIC_LIST_CODES.has(signal.code) ? [topicList(signal.args)] : signal.args;
  const text = t(key, ...args);
  // t() answers with the key itself when the message is missing.
  return text === key ? signal.text : text;
}
