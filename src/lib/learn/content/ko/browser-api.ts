import type { BrowserApiFacts } from '../../material/browser-api.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '연결 열기와 네 가지 이벤트',
				paragraphs: [
					[
						c('new WebSocket(url, protocols)'),
						'는 곧바로 여는 핸드셰이크를 보냅니다. 101이 올 때까지 ',
						c('readyState'),
						'는 0 (CONNECTING)이고, 그다음 ',
						c('onopen'),
						'이 실행되며 1 (OPEN)이 됩니다. 서버가 보내는 데이터 메시지마다, 몇 개의 프레임으로 왔든 ',
						c('onmessage'),
						'가 한 번 실행됩니다. 서버의 "hello"는 ',
						c(f.message),
						'입니다. ping과 pong은 페이지까지 오지 않습니다.'
					],
					[
						c('onerror'),
						'는 무언가 실패했다는 것 (거부된 핸드셰이크, 깨진 프레임)만 알려 주고, 일부러 자세한 내용은 주지 않습니다. 그 뒤에는 항상 ',
						c('onclose'),
						'가 ',
						c('code'),
						', ',
						c('reason'),
						', ',
						c('wasClean'),
						' (닫는 핸드셰이크가 있었으면 true)과 함께 옵니다.'
					]
				]
			},
			{
				heading: 'send와 close',
				paragraphs: [
					[
						c('send(string)'),
						'은 텍스트 프레임을, ',
						c('send(ArrayBuffer | Uint8Array | Blob)'),
						'은 바이너리 프레임을 만들고, 각각 새 무작위 키로 마스킹합니다. ',
						c("ws.send('hi')"),
						'는 예를 들어 ',
						c(f.send),
						'가 됩니다. 조각으로 나눌지는 페이지가 아니라 브라우저가 정합니다. ',
						c("close(1000, 'done')"),
						'은 ',
						c(f.close),
						'를 보내고 2 (CLOSING)로 바뀝니다. 페이지는 1000이나 3000~4999만 쓸 수 있고, 사유는 UTF-8로 최대 123바이트입니다.'
					]
				]
			}
		],
		embed: [
			'아래 코드의 호출과 이벤트마다, 엔진이 인코딩한 프레임을 나란히 보여 줍니다 (브라우저라면 무작위 키를 고르겠지만, 여기서는 RFC 6455 §5.7의 마스킹 키를 씁니다).'
		],
		lab: '빌더가 send(new Uint8Array([1, 2, 3]))가 만드는 바이너리 프레임으로 열립니다.',
		exercises: {
			send_bytes_opcode: {
				prompt: ['ws.send(new Uint8Array([1, 2, 3]))는 프레임에 어떤 opcode를 넣을까요?'],
				choices: {
					text: '1 — 텍스트 (text)',
					binary: '2 — 바이너리 (binary)',
					continuation: '0 — 연속 (continuation)',
					ping: '9 — ping'
				},
				explain: [
					'바이트는 바이너리 메시지로 보냅니다: opcode 2. 문자열만 텍스트 프레임이 되고, 그 페이로드는 UTF-8이어야 합니다.'
				],
				hints: {
					text: [
						'문자열만 텍스트로 보냅니다. 바이트 (ArrayBuffer나 typed array)는 바이너리로 갑니다.'
					],
					continuation: [
						'연속 (0)은 메시지의 뒤쪽 조각에 씁니다. send()는 새 메시지를 시작합니다.'
					],
					ping: ['페이지는 ping을 보낼 수 없습니다. ping과 pong은 브라우저가 알아서 보냅니다.']
				}
			},
			send_length: {
				prompt: [
					'페이지가 ws.send(',
					c(f.sent),
					')를 호출합니다. 전송되는 프레임은 몇 바이트일까요?'
				],
				explain: [
					'헤더 2바이트, 마스킹 키 4바이트 (브라우저는 모든 프레임을 마스킹합니다, RFC 6455 §5.3), 텍스트 6바이트입니다.'
				],
				hints: { other: ['헤더 (2) + 마스킹 키 (4) + 텍스트의 UTF-8 바이트 수입니다.'] }
			},
			masked_from_server: {
				prompt: ['브라우저가 서버로부터 이 프레임을 받고 연결을 끊습니다. 규칙을 어긴 바이트는?'],
				explain: [
					'바이트 1은 MASK 비트로 시작하고, 그 값이 1입니다. 서버는 마스킹하면 안 되고, 클라이언트는 마스킹된 프레임을 받으면 연결을 실패시킵니다 (RFC 6455 §5.1).'
				],
				hints: {
					fin: ['바이트 0은 FIN = 1, opcode 1: 완결된 텍스트 프레임입니다. 문제없습니다.'],
					masking_key: [
						'키 바이트는 어떤 값이든 됩니다. 문제는 키가 있어야 하느냐입니다. 키가 있다고 말한 비트는 어디일까요?'
					],
					payload: ['페이로드를 풀면 "hi"로 올바른 텍스트입니다. 헤더를 보세요.']
				}
			}
		},
		code: { api: 'API의 모든 호출과 이벤트' }
	})
} satisfies LessonText<BrowserApiFacts>;
