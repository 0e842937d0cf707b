import type { SocketIoFacts } from '../../material/socket-io.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'WebSocket 위의 또 다른 프로토콜',
				paragraphs: [
					[
						'socket.io는 WebSocket이 아닙니다. socket.io 클라이언트는 일반 WebSocket 서버와 대화할 수 없고, 그 반대도 마찬가지입니다. socket.io는 아래의 Engine.IO와 위의 Socket.IO로 이루어진 자체 프로토콜을 가진 라이브러리이고, 그 패킷은 평범한 WebSocket 텍스트 메시지로 전달됩니다. 첫 글자가 패킷 종류입니다.'
					],
					[
						'WebSocket 핸드셰이크가 끝나면 서버가 ',
						c(f.open),
						'를 보냅니다 (Engine.IO 0, open: 세션 id와 ping 주기). ',
						c(f.connect),
						'는 기본 네임스페이스에 대한 Socket.IO 4 (message) 0 (connect)입니다. 이벤트는 4 2 뒤에 JSON 배열이 붙습니다: ',
						c(f.event),
						'. 하트비트는 서버가 보내는 Engine.IO 2 (ping)와 클라이언트가 답하는 3 (pong)으로, WebSocket ping 프레임이 아니라 애플리케이션 메시지입니다.'
					]
				]
			},
			{
				heading: '먼저 롱 폴링, 그다음 업그레이드',
				paragraphs: [
					[
						'socket.io는 기본적으로 어떤 프록시든 통과하는 HTTP 롱 폴링 (long polling)으로 시작하고, 같은 세션에서 WebSocket을 시도합니다. 업그레이드가 되면 옮겨 가고, 안 되면 폴링에 머뭅니다. 이 대체 전송 (fallback), 방 (room), 확인 응답 (acknowledgement), 자동 재연결이 socket.io가 더하는 것입니다. 대가는 메시지마다 몇 바이트, 그리고 서버도 socket.io를 말해야 한다는 점입니다.'
					],
					[
						'폴링에서는 클라이언트가 POST 본문으로 패킷을 보내고, 서버의 패킷을 받으려고 GET 하나를 열어 둡니다. 본문 하나에 패킷 여러 개가 바이트 0x1E로 구분되어 실릴 수 있습니다. 이후의 모든 요청은 ',
						c(f.pollingSid),
						'로 세션을 밝힙니다. WebSocket은 같은 세션으로 열리고 먼저 시험됩니다. 클라이언트가 ',
						c(f.probe),
						'를 보내면 서버가 ',
						c(f.probeAnswer),
						'로 답하고, 아직 기다리던 폴링을 ',
						c(f.noop),
						' (NOOP)으로 끝냅니다. 그러면 클라이언트가 ',
						c(f.upgrade),
						' (UPGRADE)를 보내고, 그때부터 모든 것이 WebSocket으로 갑니다.'
					]
				]
			}
		],
		embed: [
			'socket.io 세션 하나를 양쪽 모두 순서대로 보여 줍니다. 롱 폴링 요청과 본문, 업그레이드, 그리고 WebSocket 프레임 (클라이언트 프레임은 마스킹됨)입니다. 본문과 메시지마다 페이로드 계층이 읽은 결과가 있고, 필드를 고르면 그 바이트가 보입니다.'
		],
		lab: '디코더가 같은 프레임으로 열리고, 모든 비트와 필드를 보여 줍니다.',
		exercises: {
			event_length: {
				prompt: [c(f.event), '를 담은 프레임의 페이로드는 몇 바이트일까요?'],
				explain: [
					'페이로드 길이는 UTF-8 바이트 수입니다. ASCII 글자는 하나에 1바이트, 한글 두 음절은 각각 3바이트입니다. 프레임은 ',
					c(f.eventFrame),
					'입니다.'
				],
				hints: {
					counted_characters: [
						'글자 수를 센 값입니다. 길이는 UTF-8 바이트를 세고, 한글 음절은 각각 3바이트입니다.'
					],
					other: ['패킷을 UTF-8로 세어 보세요. ASCII 글자는 1바이트, 한글 음절은 3바이트입니다.']
				}
			},
			event_opcode: {
				prompt: ['이 socket.io 이벤트를 담은 프레임의 opcode는?'],
				choices: {
					text: '1 — 텍스트 (text)',
					binary: '2 — 바이너리 (binary)',
					continuation: '0 — 연속 (continuation)',
					ping: '9 — ping'
				},
				explain: [
					'socket.io 패킷은 텍스트입니다. 패킷 종류를 나타내는 숫자와 JSON이지요. 텍스트 프레임 (opcode 1)에 실리고, 바이너리 첨부만 따로 바이너리 프레임으로 갑니다.'
				],
				hints: {
					binary: [
						'패킷이 텍스트 (숫자와 JSON)이므로 텍스트 프레임입니다. 바이너리 프레임은 첨부만 나릅니다.'
					],
					continuation: [
						'연속은 뒤쪽 조각에 씁니다. 이 패킷은 프레임 하나에 담긴 완결된 메시지입니다.'
					],
					ping: [
						'Engine.IO에는 자체 ping, 패킷 2가 있고 텍스트 메시지로 보냅니다. WebSocket ping이 아닙니다.'
					]
				}
			},
			hangul_starts: {
				prompt: ['이벤트 패킷의 프레임에서 안의 첫 바이트는 어느 것일까요?'],
				explain: [
					'페이로드는 헤더 2바이트 뒤에서 시작하고, 42["chat"," 부분은 ASCII 11바이트입니다. 안은 바이트 13에서 시작해 3바이트를 차지합니다.'
				],
				hints: {
					fin: ['바이트 0은 헤더입니다. FIN과 opcode입니다.'],
					mask: ['바이트 1은 헤더입니다. MASK와 페이로드 길이입니다.'],
					payload: [
						'패킷 안의 바이트이지만 안의 첫 바이트는 아닙니다. 그 앞의 ASCII 글자를 하나에 1바이트씩 세어 보세요.'
					]
				}
			}
		},
		code: { client: 'socket.io 클라이언트' }
	})
} satisfies LessonText<SocketIoFacts>;
