import type { Utf8Facts } from '../../material/utf8.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '텍스트 프레임은 UTF-8, 바이너리 프레임은 무엇이든',
				paragraphs: [
					[
						'텍스트 메시지 (opcode 1)는 올바른 UTF-8이어야 합니다. 바이너리 메시지 (opcode 2)는 프로토콜이 들여다보지 않는 바이트입니다: 이미지, protobuf, ',
						c(f.binary),
						'. 브라우저는 텍스트를 문자열로, 바이너리를 Blob이나 ArrayBuffer로 ',
						c('onmessage'),
						'에 넘깁니다.'
					],
					[
						'페이로드 길이는 글자 수가 아니라 바이트 수입니다. ',
						c(f.text),
						'은 ',
						c(f.characters),
						'글자이지만 UTF-8로는 ',
						c(f.bytes),
						'바이트 (',
						c(f.utf8),
						')입니다. 한글 음절 하나가 3바이트입니다.'
					]
				]
			},
			{
				heading: '글자 하나가 프레임 사이에서 나뉠 수 있습니다',
				paragraphs: [
					[
						'조각은 바이트 단위로 나뉘므로, 한 글자가 한 프레임에서 시작해 다음 프레임에서 끝날 수 있습니다. 아래에서 첫 프레임은 첫 음절 (',
						c(f.first),
						')과 둘째 음절의 첫 바이트에서 끝나고, 연속 프레임이 나머지 두 바이트를 가져옵니다. 이것은 허용됩니다. 수신자는 메시지 전체에 걸쳐 UTF-8을 검사하고, 텍스트는 ',
						c(f.text),
						'입니다.'
					],
					[
						'허용되지 않는 것은 끝났을 때 UTF-8이 아닌 메시지, 또는 그 자리에 UTF-8로 올 수 없는 바이트입니다. 엄격한 수신자는 ',
						c(f.closeCode),
						' Invalid Frame Payload Data로 연결을 끊으며 (RFC 6455 §8.1), 잘못된 바이트를 보자마자 그럴 수 있습니다.'
					]
				]
			}
		],
		embed: [c(f.text), '을 둘째 음절 안에서 잘라 두 프레임에 담은 것: ', c(f.split), '.'],
		lab: '디코더는 글자마다 그 바이트를 보여 주고, 어디서 시퀀스가 깨지는지도 보여 줍니다.',
		prompt: [
			'서버가 이 텍스트 프레임을 보냅니다. 엄격한 클라이언트가 연결을 끊게 만드는 바이트는?'
		],
		explain: [
			'페이로드는 3바이트 음절의 앞 두 바이트로 시작합니다. 다음 바이트는 그것을 이어야 하는데 (10xxxxxx), ASCII 글자입니다. UTF-8에서 그 자리에 올 수 없는 바이트입니다.'
		]
	})
} satisfies LessonText<Utf8Facts>;
