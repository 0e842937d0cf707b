import type { FragmentsFacts } from '../../material/fragments.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '메시지는 프레임 하나일 수도, 여러 개일 수도',
				paragraphs: [
					[
						'메시지 (',
						c('send()'),
						'로 보내고 ',
						c('onmessage'),
						'로 받는 것)는 조각 (fragment)으로 나뉠 수 있습니다. 그러면 보내는 쪽은 전체 길이를 알기 전에 보내기 시작할 수 있습니다. 첫 프레임은 opcode를 담고 FIN이 0이며, 그다음 프레임들은 연속 프레임 (continuation frame, opcode 0)이고, 마지막 프레임의 FIN이 1입니다. 여기서 서버는 ',
						c(f.message),
						'을 프레임 세 개로 보냅니다: ',
						c(f.first),
						', 그다음 ',
						c(f.second),
						', 그다음 ',
						c(f.third),
						'.'
					]
				]
			},
			{
				heading: '제어 프레임은 끼어들 수 있습니다',
				paragraphs: [
					[
						'ping, pong, close는 제어 프레임 (control frame)입니다. 조각으로 나뉘지 않고 최대 125바이트만 담으며, 메시지의 조각 사이에 올 수 있습니다 (RFC 6455 §5.4). 그래서 긴 메시지가 ping을 막지 않습니다. 여기서는 첫 번째와 두 번째 조각 사이에 서버가 ping을 보냈습니다: ',
						c(f.ping),
						'. 데이터 프레임은 끼어들 수 없습니다. 마지막 조각 전에 새 텍스트나 바이너리 프레임이 오면 프로토콜 오류입니다.'
					]
				]
			}
		],
		embed: [
			'프레임 ',
			c(f.frames),
			'개를 이어 붙여 엔진이 디코딩한 것입니다. 바이트를 가리키면 어느 필드에 속하는지 보여 줍니다.'
		],
		lab: '빌더에서는 어떤 메시지든 조각으로 나눌 수 있고, 사이에 ping을 넣을 수도 있습니다.',
		prompt: ['디코더는 이 프레임들에서 메시지를 몇 개 찾을까요?'],
		explain: [
			'조각 세 개가 텍스트 메시지 하나가 되고, ping은 따로 하나의 메시지 (제어 메시지)로 중간에 전달됩니다.'
		]
	})
} satisfies LessonText<FragmentsFacts>;
