// The transports simulation (DESIGN.md, engine layer 6): polling, long polling, HTTP streaming, SSE
// and WebSocket over the same events, as a timeline of everything on the wire and its metrics.
export {
	simulate,
	simulateAll,
	isTransportName,
	TRANSPORTS,
	TRANSPORT_NAMES,
	type SimulationResult,
	type TransportName
} from './simulate.ts';
export {
	DEFAULT_SCENARIO,
	SCENARIO_LIMITS,
	resolveScenario,
	type Arrivals,
	type Scenario,
	type ScenarioInput,
	type StreamFormat,
	type TlsVersion
} from './scenario.ts';
export {
	SCENARIO_PROBLEMS,
	MAX_ARRIVALS,
	MAX_PAYLOAD_TOTAL,
	scenarioProblems,
	type ScenarioProblem,
	type ScenarioProblemCode
} from './scenario-problems.ts';
export {
	itemTotal,
	WIRE_TEXT_LIMIT,
	type WireDirection,
	type WireBytes,
	type WireItem,
	type WireKind
} from './wire.ts';
export { metricsToJson, simulationToJson } from './json.ts';
export { latencyStats, type LatencyStats, type Metrics } from './metrics.ts';
export type { ConnectionSpan } from './tcp.ts';
export type { Delivery } from './run.ts';
export type { SimMessage } from './arrivals.ts';
export {
	SCENARIO_PRESETS,
	presetOf,
	presetScenario,
	type ScenarioPreset,
	type ScenarioPresetId
} from './presets.ts';
export {
	clockStops,
	countUpTo,
	nextStop,
	previousStop,
	progressOf,
	type Progress,
	type ProgressAt
} from './progress.ts';
export {
	sweep,
	SWEEP_AXES,
	SWEEP_VALUES,
	type SweepAxis,
	type SweepMeasure,
	type SweepPoint
} from './sweep.ts';
