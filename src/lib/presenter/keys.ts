// Presenter keys: what a teacher's keyboard or clicker does on any stepped view. Clickers send
// PageDown / PageUp (some send arrows); the rest are the keys slide software taught everyone.
// A table, so the shortcuts dialog and the handler can never disagree.

export type PresenterAction =
	'next' | 'previous' | 'first' | 'last' | 'play' | 'fullscreen' | 'help';

export const PRESENTER_KEYS = [
	{ action: 'next', keys: ['ArrowRight', 'PageDown'] },
	{ action: 'previous', keys: ['ArrowLeft', 'PageUp'] },
	{ action: 'play', keys: [' '] },
	{ action: 'first', keys: ['Home'] },
	{ action: 'last', keys: ['End'] },
	{ action: 'fullscreen', keys: ['f', 'F'] },
	{ action: 'help', keys: ['?'] }
] as const satisfies readonly { action: PresenterAction; keys: readonly string[] }[];

/** What the key looks like on a keyboard, for the shortcuts dialog. */
export const KEY_NAMES: Readonly<Record<string, string>> = {
	ArrowRight: '→',
	ArrowLeft: '←',
	PageDown: 'Page Down',
	PageUp: 'Page Up',
	' ': 'Space',
	Home: 'Home',
	End: 'End',
	f: 'F',
	F: 'F',
	'?': '?'
};

/** The part of a KeyboardEvent this needs: a plain object in tests. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	defaultPrevented: boolean;
	target: EventTarget | Pick<Element, 'closest'> | null;
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** An element (or anything that can say which selectors it is inside). */
function hasClosest(target: unknown): target is Pick<Element, 'closest'> {
	return typeof (target as Element | null)?.closest === 'function';
}

/**
 * Which focused elements keep which keys: Space presses a button, follows a link, opens a summary;
 * arrows and Home/End belong only to widgets that move with them (a button or link does nothing
 * with ← or Home, so those stay presenter keys: ▶ Play focused must not stop the clicker).
 */
const WIDGETS = '[role="slider"], [role="radio"], [role="tab"], [role="option"], [data-roving]';
const OWNERS: readonly { keys: readonly string[]; selector: string }[] = [
	{ keys: [' '], selector: `button, a[href], summary, ${WIDGETS}` },
	{ keys: ['ArrowLeft', 'ArrowRight', 'Home', 'End'], selector: WIDGETS }
];

/**
 * The presenter action of a key press, or null when the key is not ours or belongs to the element
 * that has focus: typing in a field, Space on a button, arrows in a group that moves its own focus.
 */
export function presenterAction(press: KeyPress): PresenterAction | null {
	if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey) return null;
	const row = PRESENTER_KEYS.find((r) => (r.keys as readonly string[]).includes(press.key));
	if (!row) return null;
	const target = hasClosest(press.target) ? press.target : null;
	if (target?.closest(TYPING)) return null;
	const owner = OWNERS.find((o) => o.keys.includes(press.key));
	if (owner && target?.closest(owner.selector)) return null;
	return row.action;
}
