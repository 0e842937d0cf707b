// A tiny option parser: each command declares its options as a table, and anything the table does not
// know is a usage error (exit 2). Hand-written so the CLI needs nothing beyond the engine and tsx.

/** 'flag' takes no value (`--json`); 'value' takes one (`--from server` or `--from=server`). */
export type OptionKind = 'flag' | 'value';
export type OptionTable = Readonly<Record<string, OptionKind>>;

export type ParsedOptions<T extends OptionTable> = {
	[K in keyof T]?: T[K] extends 'flag' ? true : string;
};

export interface ParsedArgs<T extends OptionTable> {
	options: ParsedOptions<T>;
	positionals: string[];
}

/** Bad usage: the message is shown as is, followed by a pointer to --help, and the exit status is 2. */
export class UsageError extends Error {}

export function parseArgs<T extends OptionTable>(argv: readonly string[], table: T): ParsedArgs<T> {
	const options: Record<string, string | true> = {};
	const positionals: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (arg === '-h') {
			setOption(options, table, 'help', undefined);
		} else if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
			const inline = eq < 0 ? undefined : arg.slice(eq + 1);
			// A value option without `=` takes the next argument, whatever it looks like (`--text -1`).
			const takesNext = table[name] === 'value' && inline === undefined;
			if (takesNext && i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
			setOption(options, table, name, takesNext ? argv[++i] : inline);
		} else if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)) {
			throw new UsageError(`unknown option ${arg}`);
		} else {
			positionals.push(arg);
		}
	}
	return { options: options as ParsedOptions<T>, positionals };
}

function setOption(
	options: Record<string, string | true>,
	table: OptionTable,
	name: string,
	value: string | undefined
): void {
	const kind = table[name];
	if (!kind) throw new UsageError(`unknown option --${name}`);
	if (kind === 'flag') {
		if (value !== undefined) throw new UsageError(`--${name} takes no value`);
		options[name] = true;
		return;
	}
	// Two values for one option is almost always a typo; saying so beats silently keeping one.
	if (options[name] !== undefined) throw new UsageError(`--${name} is given more than once`);
	options[name] = value ?? '';
}

/**
 * The list-length option of the commands that check a handshake (`--max-list 4096`): the most
 * elements of one list header read (MAX_LIST_ELEMENTS by default), a whole number from 1 on.
 */
export function listLimit(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
		throw new UsageError(
			`--max-list must be a whole number of list elements from 1 on, not '${value}'`
		);
	}
	return Number(value);
}

/** A size option (`--max-message 1048576`): a whole number of bytes, or a usage error. */
export function byteCount(option: string, value: string): number {
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
		throw new UsageError(`--${option} must be a whole number of bytes, not '${value}'`);
	}
	return Number(value);
}
