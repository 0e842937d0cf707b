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
		exercises: {
			accept_value: {
				prompt: [
					'클라이언트가 Sec-WebSocket-Key: ',
					c(f.exerciseKey),
					'를 보냈습니다. 서버가 보내야 하는 Sec-WebSocket-Accept는?'
				],
				explain: [
					'accept는 이 키의 base64(SHA-1(키 + GUID))입니다. 다른 하나는 RFC 예제의 값 (다른 키의 것)이고, 나머지 하나는 GUID 없이 키만으로 구한 SHA-1입니다.'
				],
				hints: {
					accept_0: [
						'이것은 키만의 SHA-1을 base64로 쓴 값입니다. 해시하기 전에 키 뒤에 GUID를 붙여야 합니다 (RFC 6455 §4.2.2).'
					],
					accept_2: [
						'이것은 RFC 예제 키 dGhlIHNhbXBsZSBub25jZQ==의 accept입니다. 키마다 accept가 다릅니다.'
					]
				}
			},
			accept_length: {
				prompt: ['키가 무엇이든 Sec-WebSocket-Accept 값은 몇 글자일까요?'],
				explain: [
					'SHA-1은 20바이트를 냅니다. base64는 3바이트를 4글자로 쓰고 마지막 묶음을 =로 채우므로, 20바이트는 ',
					c(f.acceptLength),
					'글자가 됩니다 (RFC 6455 §4.2.2, RFC 4648 §4).'
				],
				hints: {
					sha1_bytes: [
						'20은 SHA-1이 내는 바이트 수입니다. 헤더에는 그것을 base64로 적으므로 더 길어집니다.'
					],
					sha1_hex: [
						'40은 SHA-1을 16진수로 쓴 길이입니다. accept는 base64로, 3바이트마다 4글자입니다.'
					],
					key_length: [
						'24는 키의 길이 (16바이트를 base64로)입니다. accept는 SHA-1의 20바이트를 인코딩합니다.'
					],
					other: [
						'base64는 3바이트를 4글자로 바꾸고 마지막 묶음을 채웁니다. SHA-1의 20바이트에서 시작해 보세요.'
					]
				}
			},
			echoed_key: {
				prompt: [
					'서버가 RFC 예제 요청에 이 응답을 보냈고, 브라우저가 연결을 실패시킵니다. 어느 줄이 잘못되었을까요?'
				],
				explain: [
					'서버가 base64(SHA-1(키 + GUID)) 대신 키를 그대로 돌려보냈습니다. accept가 그 값이 아니면 클라이언트는 연결을 실패시켜야 합니다 (RFC 6455 §4.1, 응답 검사 4번).'
				],
				hints: {
					status_line: [
						'101 Switching Protocols는 동의하는 서버가 보내는 바로 그 상태 코드입니다 (RFC 6455 §4.2.2).'
					],
					response_header_sec_websocket_protocol: [
						'chat은 요청이 제안한 서브프로토콜 중 하나이므로 골라도 됩니다.'
					]
				}
			}
		},
		code: { curl: 'curl로 직접 보내는 핸드셰이크' }
	})
} satisfies LessonText<HandshakeFacts>;
