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
		code: { api: 'API의 모든 호출과 이벤트' }
	})
} satisfies LessonText<BrowserApiFacts>;
