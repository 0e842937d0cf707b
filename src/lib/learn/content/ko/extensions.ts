import type { ExtensionsFacts } from '../../material/extensions.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '서브프로토콜 (subprotocol): 메시지의 의미',
				paragraphs: [
					[
						'WebSocket은 메시지를 나를 뿐, 그 안에 무엇이 있는지는 정하지 않습니다. 클라이언트는 애플리케이션 프로토콜을 선호하는 순서대로 제안할 수 있습니다: ',
						c('Sec-WebSocket-Protocol: chat, superchat'),
						'. 서버는 그중 정확히 하나를 골라 101 응답에 적거나 (',
						c('Sec-WebSocket-Protocol: chat'),
						'), 그 헤더를 아예 보내지 않습니다. 클라이언트가 제안하지 않은 것을 서버가 적으면 핸드셰이크가 깨진 것이고, 클라이언트는 연결을 실패시켜야 합니다 (RFC 6455 §4.1).'
					]
				]
			},
			{
				heading: '확장 (extension): 프레임의 모양',
				paragraphs: [
					[
						'확장은 프레이밍 자체를 바꾸며, ',
						c('Sec-WebSocket-Extensions'),
						'로 같은 방식으로 협상합니다. 널리 쓰이는 것은 ',
						c(f.extension),
						' (RFC 7692)입니다. 메시지마다 DEFLATE로 압축하고, 압축된 메시지의 첫 프레임에 RSV1을 켭니다. "Hello"를 압축하면 ',
						c(f.compressed),
						'이고, 그 프레임은 ',
						c(f.bytes),
						'입니다. 첫 바이트 ',
						c(f.byte0),
						'에 FIN, RSV1, opcode 1이 들어 있습니다.'
					],
					[
						'RSV1, RSV2, RSV3은 그것을 정의하는 확장이 협상되지 않았다면 아무 의미가 없습니다 (§5.2). 그래서 수신자는 핸드셰이크에서 무엇에 합의했는지 알아야 합니다. 같은 바이트가 어떤 연결에서는 압축된 "',
						c(f.inflated),
						'"이고, 다른 연결에서는 프로토콜 오류입니다.'
					]
				]
			}
		],
		embed: [
			c(f.extension),
			'를 협상한 연결에서 압축된 프레임을 디코딩한 것입니다. 디코더가 페이로드를 풀어 텍스트로 되돌립니다.'
		],
		lab: '핸드셰이크 실습실이 permessage-deflate를 제안하고 수락하는 실제 Chromium 핸드셰이크로 열립니다.',
		exercises: {
			rsv1_unnegotiated: {
				prompt: [
					'같은 프레임 ',
					c(f.bytes),
					'가 확장을 전혀 협상하지 않은 연결에 도착합니다. 엄격한 클라이언트는 어떻게 할까요?'
				],
				choices: {
					inflate: '그래도 페이로드를 압축 해제한다',
					ignore: 'RSV1을 무시하고 페이로드를 텍스트로 읽는다',
					fail_1002: '1002 (프로토콜 오류)로 연결을 끊는다',
					fail_1007: '1007 (잘못된 페이로드 데이터)로 연결을 끊는다'
				},
				explain: [
					'협상된 어떤 확장도 정의하지 않은 예약 비트는 프로토콜 오류입니다. 수신자는 1002로 연결을 실패시켜야 합니다 (RFC 6455 §5.2).'
				],
				hints: {
					inflate: [
						'수신자는 핸드셰이크에서 permessage-deflate가 협상되었을 때만 압축을 풉니다 (RFC 7692 §6). 여기서는 아무것도 협상되지 않았습니다.'
					],
					ignore: [
						'어떤 확장도 정의하지 않은 예약 비트가 켜져 있으면 무시할 수 없습니다. 수신자는 연결을 실패시켜야 합니다 (RFC 6455 §5.2).'
					],
					fail_1007: [
						'1007은 (UTF-8 같은) 페이로드 데이터에 씁니다. 이것은 헤더 비트, 즉 프레임 구조 오류입니다.'
					]
				}
			},
			compressed_first_byte: {
				prompt: [
					'permessage-deflate가 협상된 연결에서 서버가 압축한 바이너리 메시지를 프레임 하나로 보냅니다. 그 프레임의 첫 바이트는? (10진수로, 또는 0x를 붙여 16진수로 쓰세요.)'
				],
				explain: [
					'FIN (1), RSV1 (1: 압축됨, RFC 7692 §6), RSV2와 RSV3 (0), opcode 2: 1100 0010 = 0xc2입니다.'
				],
				hints: {
					no_rsv1: [
						'RSV1 없는 바이너리 프레임입니다. 압축된 메시지는 첫 프레임에 RSV1을 켭니다 (RFC 7692 §6).'
					],
					no_fin: ['그 바이트는 FIN = 0입니다. 프레임 하나가 메시지 전체이므로 FIN은 1입니다.'],
					text_opcode: ['압축된 텍스트 프레임의 값입니다. 바이너리는 opcode 1이 아니라 2입니다.'],
					other: ['비트를 적어 보세요. FIN, RSV1, RSV2, RSV3, 그리고 4비트 opcode입니다.']
				}
			},
			rsv2_set: {
				prompt: [
					'permessage-deflate를 쓰는 연결에서 서버가 이 프레임을 보냅니다. 엄격한 클라이언트가 연결을 끊습니다. 규칙을 어긴 필드는?'
				],
				explain: [
					'permessage-deflate는 RSV1에만 뜻을 줍니다 (RFC 7692 §6). RSV2는 여전히 예약되어 있어, 정의하는 확장 없이 켜지면 프로토콜 오류입니다 (RFC 6455 §5.2).'
				],
				hints: {
					rsv1: [
						'RSV1 = 1은 permessage-deflate가 압축된 메시지에 쓰는 비트입니다. 협상되었으니 괜찮습니다.'
					],
					payload: ['페이로드는 압축된 "Hello"이고, 문제없이 풀립니다.']
				}
			}
		}
	})
} satisfies LessonText<ExtensionsFacts>;
