// The talk's recommendations as the stories show them: in English too (the talk is German only), and
// as the items of a recommendation list.
import type { recommendations } from './strategy-talk.js';

/** The same recommendations in English, for the English stories (the talk is German only). */
export const recommendationsEnglish = [
  {
    title: 'Align HR processes with what projects need',
    highlighted: true,
    startingPoint: ['Digital projects need motivated, well-trained people.', 'HR processes still follow the logic of the line organisation.'],
    measures: ['Adapt grading and make careers within projects possible', 'Give professional and project experience more weight in hiring', 'Offer and expect training in project management'],
  },
  {
    title: 'Anchor responsibility centrally',
    highlighted: true,
    startingPoint: ['The digital transformation of the administration needs clear direction.', 'Scattered responsibilities slow progress down.'],
    measures: ['Bundle responsibility for the digital transformation', 'Bring steering, budget and decisions together in one place', 'Align the organisation with the task'],
  },
  {
    title: 'Allow budget funds to be used flexibly',
    highlighted: true,
    startingPoint: ['Digital projects need financial room to manoeuvre.', 'Budget law makes flexible spending hard.'],
    measures: ['Make funds easier to carry over and to pool', 'Provide dedicated budgets for digital projects'],
  },
  { title: 'Manage public holdings effectively', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Establish project logic and tools for real cross-department collaboration', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Strengthen our capability as a commissioning client', highlighted: false, startingPoint: [], measures: [] },
];

/** The recommendations as a list's items: title and whether it is highlighted. */
export const listItems = (items: typeof recommendations) => items.map(({ title, highlighted }) => ({ title, highlighted }));
