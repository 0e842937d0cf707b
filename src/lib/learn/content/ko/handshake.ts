import type { HandshakeFacts } from '../../material/handshake.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '프로토콜을 바꾸자고 하는 HTTP 요청',
				paragraphs: [
					[
						'WebSocket은 평범한 HTTP/1.1 GET 요청으로 시작합니다. 두 헤더가 전환을 요청합니다: ',
						c('Upgrade: websocket'),
						'과 ',
						c('Connection: Upgrade'),
						'. ',
						c('Sec-WebSocket-Version: 13'),
						'은 프로토콜 버전을, ',
						c('Host'),
						'와 ',
						c('Origin'),
						'은 요청이 어디로 가는지와 어느 페이지가 열었는지를 알려 주고, 선택 사항인 ',
						c('Sec-WebSocket-Protocol'),
						'과 ',
						c('Sec-WebSocket-Extensions'),
						'는 서브프로토콜과 확장을 제안합니다.'
					],
					[
						'동의하는 서버는 같은 Upgrade, Connection 헤더와 함께 ',
						c('101 Switching Protocols'),
						'로 답합니다. 그 응답 뒤의 빈 줄부터 TCP 연결에는 HTTP가 아니라 프레임 (frame)이 흐릅니다. 다른 상태 코드 (400, 426 Upgrade Required, 403 …)는 WebSocket이 열리지 않았다는 뜻이고, 브라우저는 연결 실패로 알립니다.'
					]
				]
			},
			{
				heading: 'Sec-WebSocket-Key와 Sec-WebSocket-Accept',
				paragraphs: [
					[
						'클라이언트는 무작위 16바이트를 base64로 보냅니다. 여기서는 RFC의 예인 ',
						c(f.key),
						'입니다. 서버는 고정된 GUID ',
						c(f.guid),
						'를 뒤에 붙이고, 그 문자열의 SHA-1 (',
						c(f.sha1),
						')을 구해 base64로 돌려보냅니다: ',
						c(f.accept),
						'.'
					],
					[
						'이것은 보안 장치가 아닙니다. 누구나 계산할 수 있으니까요. 서버가 핸드셰이크를 WebSocket 서버로서 읽었다는 증거일 뿐입니다 (RFC 6455 §1.3). WebSocket을 모르는 HTTP 서버나 캐시가 실수로 "좋아요"라고 답할 수 없게 하려는 것입니다.'
					]
				]
			}
		],
		embed: [
			'RFC 6455의 예제 핸드셰이크와, 그 키로 계산한 accept 값입니다. 다른 키를 입력하면 엔진이 다시 계산합니다. 실습실에서는 헤더를 하나하나 검사하고 계산을 단계별로 보여 줍니다.'
		],
		lab: '키나 헤더를 고쳐 보고 어떤 규칙이 깨지는지 보세요.',
		prompt: [
			'클라이언트가 Sec-WebSocket-Key: ',
			c(f.exerciseKey),
			'를 보냈습니다. 서버가 보내야 하는 Sec-WebSocket-Accept는?'
		],
		explain: [
			'accept는 이 키의 base64(SHA-1(키 + GUID))입니다. 다른 하나는 RFC 예제의 값 (다른 키의 것)이고, 나머지 하나는 GUID 없이 키만으로 구한 SHA-1입니다.'
		],
		code: { curl: 'curl로 직접 보내는 핸드셰이크' }
	})
} satisfies LessonText<HandshakeFacts>;
