import type { MaskingFacts } from '../../material/masking.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '반복되는 키로 XOR',
				paragraphs: [
					[
						'클라이언트는 프레임마다 무작위 4바이트, 즉 마스킹 키 (masking key)를 골라 길이 뒤에 씁니다. 페이로드의 i번째 바이트는 키의 (i mod 4)번째 바이트와 XOR됩니다. 키가 ',
						c(f.key),
						'이면 텍스트 "Hello" (',
						c(f.plain),
						')는 ',
						c(f.masked),
						'로 전송됩니다. 수신자는 같은 키로 다시 XOR해서 원래 텍스트를 얻습니다. XOR을 두 번 하면 제자리이기 때문입니다.'
					]
				]
			},
			{
				heading: '이유: 잘못 읽고 캐시하는 프록시',
				paragraphs: [
					[
						'마스킹은 암호화가 아닙니다. 키가 같은 프레임에 실려 가니까요. WebSocket을 모르는 프록시와 캐시 때문에 있는 장치입니다. 2010년의 연구 ("Talking to Yourself for Fun and Profit")는 전송되는 바이트를 정확히 고를 수 있는 스크립트가 그런 프록시를 속여 그 바이트를 HTTP 요청으로 읽게 하고, 다른 사이트에 대한 가짜 응답을 캐시하게 만들 수 있음을 보였습니다. 캐시 오염 (cache poisoning)입니다. 스크립트가 예측할 수 없는 키를 쓰면 바이트를 고를 수 없습니다 (RFC 6455 §10.3).'
					],
					[
						'그래서 규칙은 한 방향입니다. 클라이언트는 모든 프레임을 마스킹해야 하고, 서버는 어떤 프레임도 마스킹하면 안 됩니다. 같은 "Hello"가 서버에서는 ',
						c(f.serverFrame),
						', 클라이언트에서는 ',
						c(f.clientFrame),
						'입니다. 마스킹되지 않은 프레임을 받은 서버는 ',
						c(f.unmaskedClose),
						'로 연결을 닫습니다.'
					]
				]
			}
		],
		embed: [
			'클라이언트가 보낸 "Hello"의 마스킹 과정을 엔진이 한 바이트씩 보여 줍니다: 페이로드 바이트, 만나는 키 바이트, 그리고 결과.'
		],
		lab: '빌더에서는 어떤 페이로드와 키로도 XOR 과정을 애니메이션으로 볼 수 있습니다.',
		prompt: [
			'클라이언트가 텍스트 ',
			c(f.text),
			'를 보낼 때의 프레임을 만들어 보세요 (UTF-8 바이트는 ',
			c(f.textBytes),
			'). 프레임 전체를 16진수로 입력하세요. 마스킹 키는 아무것이나 괜찮습니다.'
		],
		explain: [
			'FIN과 MASK가 켜지고, 길이가 ',
			c(f.textLength),
			' (글자 수가 아니라 바이트 수)이며, 여러분의 키와 그 키로 XOR한 텍스트 바이트가 담긴 텍스트 프레임입니다. 디코더가 서버처럼 읽었고, 거부할 것이 없었습니다.'
		]
	})
} satisfies LessonText<MaskingFacts>;
