import type { CloseFacts } from '../../material/close.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'ping과 pong',
				paragraphs: [
					[
						'어느 쪽이든 ping (opcode 9)을 보낼 수 있고, 받은 쪽은 가능한 한 빨리 같은 페이로드를 담은 pong (opcode 10)으로 답합니다. 서버가 페이로드 "hi"로 보낸 ping은 ',
						c(f.ping),
						'이고, 클라이언트 프레임답게 마스킹된 클라이언트의 pong은 ',
						c(f.pong),
						'입니다. ping은 프록시를 거치는 유휴 연결을 살려 두고, 상대가 아직 있는지 알려 줍니다. 브라우저는 ping에 알아서 답하며, 웹 페이지가 ping을 보낼 수는 없습니다.'
					]
				]
			},
			{
				heading: '닫는 핸드셰이크 (closing handshake)',
				paragraphs: [
					[
						'닫을 때는 한쪽이 close 프레임 (opcode 8)을 보냅니다. 페이로드는 2바이트 상태 코드와 선택적인 UTF-8 사유 (reason)입니다. 서버가 1000 Normal Closure와 사유 "bye"로 닫으면 ',
						c(f.serverClose),
						'를 보냅니다. 상대는 자신의 close 프레임 (여기서는 ',
						c(f.clientClose),
						')으로 답하고 더는 아무것도 보내지 않습니다. 그다음 서버가 TCP 연결을 닫습니다 (RFC 6455 §7.1).'
					],
					[
						'브라우저 API는 이 과정을 ',
						c('readyState'),
						'로 보여 줍니다: 핸드셰이크 중에는 0 CONNECTING, 1 OPEN, close 프레임을 보낸 뒤에는 2 CLOSING, TCP 연결이 끊기면 3 CLOSED.'
					]
				]
			},
			{
				heading: '전송되지 않는 코드',
				paragraphs: [
					[
						'어떤 코드는 API가 무슨 일이 있었는지 알려 주는 데만 쓰입니다: ',
						c(f.never),
						'. 1005는 "close 프레임에 코드가 없었다", 1006은 "close 프레임 없이 연결이 끊겼다", 1015는 "TLS 핸드셰이크가 실패했다"는 뜻입니다. 어떤 엔드포인트도 이 코드를 close 프레임에 넣으면 안 됩니다 (§7.4.1). 그것을 실어 나를 프레임이 애초에 없었으니까요. ',
						c('onclose'),
						'가 1006을 알려 준다면, 누군가 1006을 보낸 것이 아니라 연결이 그냥 끊긴 것입니다.'
					]
				]
			}
		],
		embed: ['서버의 close 프레임을 디코딩한 것입니다. 상태 코드와 사유가 페이로드의 필드입니다.'],
		lab: '어떤 코드와 사유로든 close 프레임을 만들어 보고, 수신자가 어떤 코드를 거부하는지 보세요.',
		exercises: {
			utf8_close_code: {
				prompt: [
					'클라이언트가 텍스트 프레임 ',
					c(f.bad),
					'를 보냅니다. 페이로드가 올바른 UTF-8이 아닙니다. 엄격한 서버는 어떤 close code로 닫을까요?'
				],
				explain: [
					'텍스트 메시지 안의 잘못된 UTF-8은 Invalid Frame Payload Data입니다 (RFC 6455 §8.1). 1002는 프레임 구조가 깨졌을 때, 1009는 메시지가 너무 클 때 쓰고, 1006은 절대 전송되지 않습니다.'
				],
				hints: {
					'1000': [
						'1000은 정상 종료 (Normal Closure)로, 잘못된 것이 없을 때 씁니다. 여기서는 페이로드가 규칙을 어겼습니다.'
					],
					'1002': [
						'1002는 프레임 구조가 깨졌을 때 씁니다. 프레임 자체는 올바르고, 문제는 페이로드입니다.'
					],
					'1006': [
						'1006은 전송되지 않습니다. close 프레임 없이 연결이 끊겼을 때 API가 알려 주는 값입니다 (§7.4.1).'
					],
					'1009': ['1009는 처리하기에 너무 큰 메시지에 씁니다. 이 메시지는 몇 바이트뿐입니다.']
				}
			},
			close_frame_length: {
				prompt: [
					'페이지가 ws.close(1000, ',
					c(f.reason),
					')를 호출합니다. 브라우저가 보내는 close 프레임은 몇 바이트일까요?'
				],
				explain: [
					'헤더 2바이트, 마스킹 키 4바이트 (클라이언트 프레임), 그리고 페이로드: 상태 코드 2바이트와 UTF-8 이유 문자열입니다 (RFC 6455 §5.5.1).'
				],
				hints: {
					forgot_code: ['페이로드는 이유 문자열 앞에 상태 코드 2바이트로 시작합니다 (§5.5.1).'],
					other: [
						'헤더 (2), 마스킹 키 (4), 상태 코드 (2), 그리고 ASCII 글자당 1바이트인 이유 문자열입니다.'
					]
				}
			},
			long_ping: {
				prompt: [
					'서버가 페이로드 ',
					c(f.longPingLength),
					'바이트짜리 ping을 보냅니다. 엄격한 클라이언트가 연결을 끊습니다. 규칙을 어긴 필드는?'
				],
				explain: [
					'제어 프레임은 최대 125바이트를 담습니다 (RFC 6455 §5.5). 7비트 길이가 직접 그 값을 말해야 합니다. 126 (1111110)은 16비트 길이를 예고하는데, 제어 프레임은 그것을 쓸 수 없습니다.'
				],
				hints: {
					fin: ['FIN = 1: 제어 프레임답게 ping이 조각나지 않았습니다.'],
					opcode: ['1001은 9, ping으로 올바른 opcode입니다.'],
					extended_payload_length: [
						'확장 길이는 126바이트에 맞습니다. 문제는 제어 프레임에 그것이 필요하다는 점입니다.'
					]
				}
			}
		}
	})
} satisfies LessonText<CloseFacts>;
