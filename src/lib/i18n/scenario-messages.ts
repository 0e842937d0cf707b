// Why a transports scenario cannot run (src/lib/protocol/transports/scenario.ts), by problem code.
import { m } from '$lib/paraglide/messages.js';
import type { ScenarioProblemCode } from '$lib/protocol/transports/scenario-problems.ts';
import type { MessageTable } from './say.ts';

export const SCENARIO_PROBLEM_MESSAGES: MessageTable<ScenarioProblemCode> = {
	out_of_range: m.scenario_problem_out_of_range,
	whole_out_of_range: m.scenario_problem_whole_out_of_range,
	not_a_choice: m.scenario_problem_not_a_choice,
	arrivals_unreadable: m.scenario_problem_arrivals_unreadable,
	rate_out_of_range: m.scenario_problem_rate_out_of_range,
	time_outside_run: m.scenario_problem_time_outside_run,
	too_many_server_events: m.scenario_problem_too_many_server_events,
	too_many_client_messages: m.scenario_problem_too_many_client_messages,
	too_many_polls: m.scenario_problem_too_many_polls,
	too_many_long_poll_timeouts: m.scenario_problem_too_many_long_poll_timeouts,
	too_many_stream_reconnections: m.scenario_problem_too_many_stream_reconnections,
	payload_too_large: m.scenario_problem_payload_too_large
};
