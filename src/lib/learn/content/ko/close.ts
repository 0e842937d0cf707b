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
		prompt: [
			'클라이언트가 텍스트 프레임 ',
			c(f.bad),
			'를 보냅니다. 페이로드가 올바른 UTF-8이 아닙니다. 엄격한 서버는 어떤 close code로 닫을까요?'
		],
		explain: [
			'텍스트 메시지 안의 잘못된 UTF-8은 Invalid Frame Payload Data입니다 (RFC 6455 §8.1). 1002는 프레임 구조가 깨졌을 때, 1009는 메시지가 너무 클 때 쓰고, 1006은 절대 전송되지 않습니다.'
		]
	})
} satisfies LessonText<CloseFacts>;
