import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

/**
 * An error message under a field's label: "Fehler:" first for screen readers, then what to do. With
 * `role: 'alert'`, for an error that comes from an action rather than from typing (it is said at once).
 */
export function errorMessage(id: string, text: string, { role }: { role?: 'alert' } = {}) {
  return html`<p class="admin-error" id=${id} role=${role ?? nothing}><span class="admin-visually-hidden">${msg('Fehler:')} </span>${text}</p>`;
}
