import type { FrameFacts } from '../../material/frame.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '헤더 두 바이트, 필요하면 더',
				paragraphs: [
					[
						'핸드셰이크가 끝나면 모든 것이 프레임입니다. RFC 6455 §5.7에 클라이언트가 보내는 "Hello"가 있습니다: ',
						c(f.bytes),
						'. 첫 바이트 ',
						c(f.byte0),
						'에는 FIN (1: 메시지의 마지막 프레임), 예약 비트 RSV1~3 (확장이 의미를 주지 않는 한 0), 4비트 opcode (1: 텍스트)가 들어 있습니다.'
					],
					[
						'두 번째 바이트 ',
						c(f.byte1),
						'에는 MASK (1: 페이로드가 마스킹됨. 클라이언트 프레임은 반드시 그래야 합니다)와 7비트 페이로드 길이 (payload length) 5가 있습니다. 그다음 마스킹 키 (masking key) 4바이트 ',
						c(f.key),
						'와 마스킹된 페이로드 5바이트 ',
						c(f.payload),
						'가 옵니다. 헤더는 모두 ',
						c(f.length),
						'바이트입니다.'
					]
				]
			},
			{
				heading: '세 가지 형태의 길이',
				paragraphs: [
					[
						'7비트로는 125까지 셀 수 있습니다. 126~65 535바이트이면 7비트 필드가 126이고, 뒤의 2바이트가 길이를 담습니다. 마스킹된 300바이트 프레임은 ',
						c(f.longLength),
						'로 시작합니다. 그보다 크면 필드가 127이고 여덟 바이트가 뒤따릅니다. ',
						c(f.hugeLength),
						'는 그 형태로 길이 0을 쓴 프레임의 시작입니다. RFC는 들어맞는 가장 짧은 형태를 쓰라고 하고 (§5.2), 더 긴 형태를 쓴 프레임이면 디코더가 알려 줍니다.'
					]
				]
			}
		],
		embed: [
			'§5.7의 프레임을 디코딩한 것입니다. 비트, 바이트, 필드 중 하나를 가리키면 세 가지 보기에서 같은 부분이 함께 강조됩니다.'
		],
		lab: '빌더에서 비트를 바꾸고 페이로드를 고쳐 보며 수신자가 어떤 규칙을 검사하는지 보세요.',
		exercises: {
			header_length: {
				prompt: [
					'클라이언트가 페이로드 ',
					c(f.payloadBytes),
					'바이트짜리 바이너리 프레임을 보냅니다. 헤더 (페이로드 앞의 전부)는 몇 바이트일까요?'
				],
				explain: [
					'플래그, opcode, MASK, 7비트 길이 (126)가 2바이트, 확장 길이가 2바이트, 마스킹 키가 4바이트입니다. 같은 크기의 서버 프레임은 마스킹하지 않으므로 4바이트 짧습니다.'
				],
				hints: {
					short_length: [
						'7비트 길이는 125까지만 됩니다. 300에는 값 126과 2바이트의 길이가 더 필요합니다 (RFC 6455 §5.2).'
					],
					long_length: [
						'8바이트 길이 형식은 65 535를 넘는 길이용입니다. 300은 2바이트 형식에 들어가고, 가장 짧은 형식을 써야 합니다 (§5.2).'
					],
					other: [
						'헤더를 더해 보세요. 플래그와 길이 2바이트, 7비트로 모자라면 확장 길이, 클라이언트라면 마스킹 키입니다.'
					]
				}
			},
			first_byte: {
				prompt: [
					'프레임이 바이트 ',
					c(f.closeByte),
					' (',
					c(f.closeBits),
					')로 시작합니다. 어떤 프레임일까요?'
				],
				choices: {
					text_final: '텍스트 메시지의 마지막 프레임',
					close_more: '조각이 더 이어지는 close 프레임',
					close_final: '완결된 close 프레임',
					ping_final: '완결된 ping 프레임'
				},
				explain: [
					'맨 위 비트는 FIN (1: 마지막), 다음 세 비트는 RSV (0), 아래 네 비트가 opcode입니다. 1000은 8, close입니다 (RFC 6455 §5.2, §11.8).'
				],
				hints: {
					text_final: ['텍스트는 opcode 1 (0001)입니다. 여기 아래 네 비트는 1000입니다.'],
					close_more: [
						'맨 위 비트가 FIN이고 여기서는 1입니다. 뒤따르는 조각이 없습니다. 제어 프레임은 애초에 조각나지 않습니다 (§5.5).'
					],
					ping_final: ['ping은 opcode 9 (1001)입니다. 여기 아래 네 비트는 1000입니다.']
				}
			},
			fragmented_ping: {
				prompt: [
					'서버가 이 ping을 보냅니다. 엄격한 클라이언트가 연결을 끊습니다. 규칙을 어긴 필드는?'
				],
				explain: [
					'FIN이 0입니다. ping이 조각이 더 온다고 말하는 셈입니다. 제어 프레임은 조각나면 안 되므로 (RFC 6455 §5.5) FIN은 1이어야 합니다.'
				],
				hints: {
					opcode: [
						'1001은 9, ping으로 올바른 opcode입니다. 제어 프레임이 하면 안 되는 다른 일이 무엇일까요?'
					],
					payload_length: ['2바이트는 제어 프레임이 담을 수 있는 125바이트 안에 넉넉히 들어갑니다.']
				}
			}
		}
	})
} satisfies LessonText<FrameFacts>;
