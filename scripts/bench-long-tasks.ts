// `npm run bench:long-tasks -- /transports /ko/transports`: the main thread's long tasks while a page
// loads, in Chromium with the CPU slowed 4× and a phone's viewport (as Lighthouse's mobile preset),
// and what ran in them: the functions that took the most of each task's time (a CPU profile),
// named by their script. A relative figure: compare before and after a change on the same machine.
// Serves build/ (built first if absent) with `vite preview` on WSVIZ_BENCH_PORT (default 5207).
//
//   npm run bench:long-tasks -- [--runs N] [--top N] [--hover selector] /route …
//
// --hover: then moves the pointer over that element and reports the long tasks that follow (what
// acting on a view shown as prerendered costs, when that makes it live).
//
// Not part of `npm test`: times depend on the machine. For names that mean something, build with
// `npx vite build --minify false` first.
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../chromium.config.ts';
import { reachable, servePreview } from './bench/preview.ts';

const port = Number(process.env.WSVIZ_BENCH_PORT ?? 5207);
const base = `http://127.0.0.1:${port}`;
const LONG = 50;

interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
	nodes: (ProfileNode & { children?: number[] })[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

function option(name: string, fallback: number, args: string[]): number {
	const at = args.indexOf(name);
	if (at < 0) return fallback;
	const [, value] = args.splice(at, 2);
	return Number(value);
}

/** A task: a run of samples with no idle one between them; its time per function (self). */
interface Task {
	start: number;
	ms: number;
	self: Map<string, number>;
	/** Time with each component on the stack (PascalCase functions, as Svelte names them). */
	components: Map<string, number>;
}

const COMPONENT = /^(_page|_layout|[A-Z][A-Za-z]+)$/;

const add = (map: Map<string, number>, key: string, ms: number): void => {
	map.set(key, (map.get(key) ?? 0) + ms);
};

const frameName = (n: ProfileNode): string => {
	const { functionName, url, lineNumber, columnNumber } = n.callFrame;
	const file = url.split('/').pop() || url || '(native)';
	return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
};

/** Splits the profile into tasks at the idle samples, and keeps those over LONG ms. */
function longTasks(profile: Profile): Task[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	for (const n of profile.nodes)
		for (const child of n.children ?? []) byId.get(child)!.parent = n.id;
	const tasks: Task[] = [];
	let at = profile.startTime;
	let task: Task | null = null;
	profile.samples.forEach((id, i) => {
		const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		at += (profile.timeDeltas[i] ?? 0) / 1000;
		const node = byId.get(id)!;
		const name = node.callFrame.functionName;
		if (name === '(idle)') {
			if (task && task.ms > LONG) tasks.push(task);
			task = null;
			return;
		}
		task ??= { start: at, ms: 0, self: new Map(), components: new Map() };
		task.ms += delta;
		add(task.self, frameName(node), delta);
		const onStack = new Set<string>();
		for (let n: ProfileNode | undefined = node; n; n = n.parent ? byId.get(n.parent) : undefined)
			if (COMPONENT.test(n.callFrame.functionName)) onStack.add(n.callFrame.functionName);
		for (const name of onStack) add(task.components, name, delta);
	});
	if (task && (task as Task).ms > LONG) tasks.push(task);
	return tasks.map((t) => ({ ...t, start: t.start - profile.startTime }));
}

/** The long tasks the page itself saw (the Long Tasks API). */
async function observedTasks(page: Page): Promise<{ start: number; ms: number }[]> {
	return page.evaluate(
		`(window.__longTasks ?? []).map((e) => ({ start: e.startTime, ms: e.duration }))`
	);
}

function report(what: string, seen: { start: number; ms: number }[]): void {
	const blocking = seen.reduce((sum, t) => sum + Math.max(0, t.ms - LONG), 0);
	const tasks = seen.map((t) => `${t.ms.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ');
	console.log(
		`${what}: ${seen.length} long tasks (Long Tasks API): ${tasks || 'none'}; blocking ${blocking.toFixed(0)} ms`
	);
}

async function measure(route: string, top: number, hover: string | undefined): Promise<void> {
	const browser = await chromium.launch(launchOptions);
	try {
		const context = await browser.newContext({
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true
		});
		await context.addInitScript(`
			window.__longTasks = [];
			new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries()))
				.observe({ type: 'longtask', buffered: true });`);
		const page = await context.newPage();
		// Same origin first, so the profiler's renderer is the one that loads the route.
		await page.goto(`${base}/favicon.svg`);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
		report(route, await observedTasks(page));
		if (hover) {
			// What acting on the page costs: the long tasks of a pointer over `hover`.
			await page.evaluate('window.__longTasks.length = 0');
			await page.hover(hover);
			await page.waitForTimeout(1500);
			report(`  then the pointer over ${hover}`, await observedTasks(page));
		}
		for (const task of longTasks(profile)) {
			console.log(`  profile task at +${task.start.toFixed(0)} ms, ${task.ms.toFixed(0)} ms:`);
			const heaviest = [...task.self].sort((a, b) => b[1] - a[1]).slice(0, top);
			for (const [name, ms] of heaviest)
				console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${name}`);
			const components = [...task.components].sort((a, b) => b[1] - a[1]).slice(0, top);
			if (components.length > 0)
				console.log(
					`    components (time on the stack): ${components.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`
				);
		}
	} finally {
		await browser.close();
	}
}

const args = process.argv.slice(2);
const runs = option('--runs', 3, args);
const top = option('--top', 12, args);
const hoverAt = args.indexOf('--hover');
const hover = hoverAt < 0 ? undefined : args.splice(hoverAt, 2)[1];
const routes = args.length > 0 ? args : ['/transports'];
const server = (await reachable(base)) ? null : await servePreview(port);
try {
	for (const route of routes) for (let i = 0; i < runs; i++) await measure(route, top, hover);
} finally {
	server?.kill();
}
