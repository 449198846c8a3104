import { svg } from 'lit';

// A simple pictogram for the stories (drawn for this kit); the kit itself ships no icon set.
export const peopleIcon = svg`<svg slot="icon" viewBox="0 0 24 24" width="40" height="40" fill="none"
  stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
  <circle cx="9" cy="8" r="3.5"></circle><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"></path>
  <circle cx="17" cy="9" r="2.5"></circle><path d="M16 13.6c3.1-.4 5.5 2 5.5 5.4"></path>
</svg>`;
