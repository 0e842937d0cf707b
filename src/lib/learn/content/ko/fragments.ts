import type { FragmentsFacts } from '../../material/fragments.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '메시지는 프레임 하나일 수도, 여러 개일 수도',
				paragraphs: [
					[
						'메시지 (',
						c('send()'),
						'로 보내고 ',
						c('onmessage'),
						'로 받는 것)는 조각 (fragment)으로 나뉠 수 있습니다. 그러면 보내는 쪽은 전체 길이를 알기 전에 보내기 시작할 수 있습니다. 첫 프레임은 opcode를 담고 FIN이 0이며, 그다음 프레임들은 연속 프레임 (continuation frame, opcode 0)이고, 마지막 프레임의 FIN이 1입니다. 여기서 서버는 ',
						c(f.message),
						'을 프레임 세 개로 보냅니다: ',
						c(f.first),
						', 그다음 ',
						c(f.second),
						', 그다음 ',
						c(f.third),
						'.'
					]
				]
			},
			{
				heading: '제어 프레임은 끼어들 수 있습니다',
				paragraphs: [
					[
						'ping, pong, close는 제어 프레임 (control frame)입니다. 조각으로 나뉘지 않고 최대 125바이트만 담으며, 메시지의 조각 사이에 올 수 있습니다 (RFC 6455 §5.4). 그래서 긴 메시지가 ping을 막지 않습니다. 여기서는 첫 번째와 두 번째 조각 사이에 서버가 ping을 보냈습니다: ',
						c(f.ping),
						'. 데이터 프레임은 끼어들 수 없습니다. 마지막 조각 전에 새 텍스트나 바이너리 프레임이 오면 프로토콜 오류입니다.'
					]
				]
			}
		],
		embed: [
			'프레임 ',
			c(f.frames),
			'개를 이어 붙여 엔진이 디코딩한 것입니다. 바이트를 가리키면 어느 필드에 속하는지 보여 줍니다.'
		],
		lab: '빌더에서는 어떤 메시지든 조각으로 나눌 수 있고, 사이에 ping을 넣을 수도 있습니다.',
		exercises: {
			message_count: {
				prompt: ['디코더는 이 프레임들에서 메시지를 몇 개 찾을까요?'],
				explain: [
					'조각 세 개가 텍스트 메시지 하나가 되고, ping은 따로 하나의 메시지 (제어 메시지)로 중간에 전달됩니다.'
				],
				hints: {
					counted_frames: [
						'프레임을 센 값입니다. 메시지 하나가 여러 프레임에 걸칠 수 있고, FIN = 1까지가 한 메시지입니다.'
					],
					ping_not_message: [
						'ping도 셉니다. 제어 프레임은 그 자체로 메시지 하나입니다 (RFC 6455 §5.4, §5.5).'
					],
					fragments_are_messages: [
						'조각은 한 메시지의 부분입니다. FIN = 1인 프레임만 메시지를 끝냅니다.'
					],
					other: [
						'FIN과 opcode를 따라가 보세요. 메시지는 텍스트나 바이너리 프레임으로 시작해 FIN = 1로 끝나고, 제어 프레임은 혼자서 메시지입니다.'
					]
				}
			},
			first_fragment: {
				prompt: ['첫 조각은 바이트 ', c(f.firstByte), '로 시작합니다. 무엇을 말할까요?'],
				choices: {
					text_final: '이 프레임으로 완결된 텍스트 메시지',
					text_more: '조각이 더 이어지는 텍스트 메시지',
					continuation_more: '뒤가 더 이어지는 연속 프레임',
					binary_more: '조각이 더 이어지는 바이너리 메시지'
				},
				explain: [
					'FIN이 0 (뒤가 더 있음)이고 opcode가 1입니다. 조각난 메시지의 첫 프레임이 종류를 밝히고, 다음 프레임들은 연속 프레임입니다 (RFC 6455 §5.4).'
				],
				hints: {
					text_final: ['맨 위 비트 FIN이 여기서는 0입니다. 메시지가 끝나지 않았습니다.'],
					continuation_more: [
						'연속 프레임은 opcode 0입니다. 이 바이트는 0001로 끝납니다. 첫 조각은 진짜 opcode를 담습니다.'
					],
					binary_more: ['바이너리는 opcode 2 (0010)입니다. 이 바이트는 0001로 끝납니다.']
				}
			},
			interleaved: {
				prompt: [
					'서버가 이 두 프레임을 보냅니다. 엄격한 클라이언트가 연결을 끊게 만드는 바이트는?'
				],
				explain: [
					'첫 프레임은 FIN = 0으로 텍스트 메시지를 시작합니다. 둘째 프레임은 메시지가 끝나기 전에 온 새 텍스트 프레임 (opcode 1)입니다. 그 자리에는 연속 프레임 (opcode 0)이나 제어 프레임만 올 수 있습니다 (RFC 6455 §5.4). 프로토콜 오류, 1002입니다.'
				],
				hints: {
					fin: [
						'그 바이트는 메시지를 시작합니다. 텍스트, FIN = 0. 조각난 메시지는 그렇게 시작해도 됩니다.'
					],
					mask: ['길이 바이트입니다. 뒤따르는 페이로드와 맞습니다.'],
					payload: ['페이로드는 평범한 ASCII 텍스트로 올바른 UTF-8입니다. 헤더를 보세요.']
				}
			}
		}
	})
} satisfies LessonText<FragmentsFacts>;
