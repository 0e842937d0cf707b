import type { MythsFacts } from '../../material/myths.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '"프레임은 0x00과 0xFF로 구분된다"',
				paragraphs: [
					[
						'그것은 2010년 초안 hixie-76의 방식입니다. 텍스트 메시지가 0x00 바이트, UTF-8, 0xFF 바이트로 이루어졌죠. RFC 6455 (2011)는 이것을 이 강의들에서 본 길이 기반 프레임으로 바꾸었고, 지금의 브라우저는 hixie-76을 쓰지 않습니다. RFC 6455로 읽으면 옛 "Hello" ',
						c(f.hixie),
						'는 말이 되지 않습니다. 0x00이 FIN 0, opcode 0 (아무것도 잇지 않는 연속 프레임)인 프레임 헤더로 읽히고, 디코더는 ',
						c(f.hixieError),
						', close code ',
						c(f.hixieClose),
						'를 보고합니다.'
					]
				]
			},
			{
				heading: '"WebSocket은 UTF-8만 보낸다"',
				paragraphs: [
					[
						'텍스트 프레임은 UTF-8이어야 하지만, 바이너리 프레임은 어떤 바이트든 담습니다. PNG 파일의 첫 바이트들을 담은 바이너리 프레임: ',
						c(f.binary),
						'. ',
						c("binaryType = 'arraybuffer'"),
						'로 설정하면 이미지, 오디오, protobuf를 base64 없이 보낼 수 있습니다.'
					]
				]
			},
			{
				heading: '"서버가 1006을 보냈다"와 "ping에는 아무것도 없다"',
				paragraphs: [
					[
						'1006은 close 프레임 없이 연결이 끝났을 때 API가 알려 주는 값입니다. 아무도 보내지 않았습니다. 1006을 담은 close 프레임 ',
						c(f.close1006),
						'는 그 자체로 프로토콜 오류입니다 (디코더의 답은 ',
						c(f.close1006Error),
						'). 그리고 ping은 최대 125바이트를 담을 수 있고, pong은 그것을 그대로 돌려보내야 합니다. ',
						c(f.ping),
						'는 말 그대로 "are you there?"라고 묻는 ping입니다.'
					]
				]
			}
		],
		embed: [
			'hixie-76의 "Hello"를 RFC 6455 디코더로 읽은 것입니다. 위 본문에 나온 다른 이야기들의 바이트도 같은 칸에 넣어 보세요.'
		],
		lab: '디코더가 hixie-76 바이트로 열립니다.',
		exercises: {
			server_close_code: {
				prompt: ['다음 close code 중 서버가 close 프레임에 넣을 수 있는 것은?'],
				explain: [
					'1001 Going Away (서버 종료, 브라우저가 페이지를 떠남)는 실제 close code입니다. 1005, 1006, 1015는 API가 무슨 일이 있었는지 알려 주는 데만 쓰이고, 이것을 담은 close 프레임은 거부됩니다.'
				],
				hints: {
					'1006': [
						'1006은 close 프레임 없이 연결이 끊겼다는 뜻입니다. 어떤 프레임도 이 값을 담을 수 없습니다 (§7.4.1).'
					],
					'1005': [
						'1005는 close 프레임에 코드가 없었다는 뜻입니다. 1005를 담은 프레임은 스스로 모순입니다 (§7.4.1).'
					],
					'1015': ['1015는 프레임을 보내기도 전에 실패한 TLS 핸드셰이크를 알립니다 (§7.4.1).']
				}
			},
			smallest_frame: {
				prompt: [
					'통념: WebSocket 프레임은 무겁다. 서버가 보낼 수 있는 가장 작은 프레임은 몇 바이트일까요?'
				],
				explain: [
					'서버가 보내는 빈 텍스트 메시지입니다. 한 바이트에 FIN과 opcode, 다른 바이트에 MASK = 0과 길이 0. 키도 (서버는 마스킹하지 않음) 페이로드도 없습니다 (RFC 6455 §5.2).'
				],
				hints: {
					largest_header: [
						'14바이트는 가장 긴 헤더입니다. 64비트 길이와 마스킹 키가 있을 때지요. 가장 작은 프레임에는 둘 다 필요 없습니다.'
					],
					no_header: ['모든 프레임에는, 아무것도 담지 않아도, 최소 2바이트의 헤더가 있습니다.'],
					other: [
						'서버가 보내는 빈 메시지를 생각해 보세요. 결코 뺄 수 없는 헤더 바이트는 무엇일까요?'
					]
				}
			},
			close_1005: {
				prompt: [
					'통념: close code는 아무것이나 된다. 서버가 이 close 프레임을 보내고, 엄격한 클라이언트가 연결을 끊습니다. 규칙을 어긴 바이트는?'
				],
				explain: [
					'바이트 2와 3이 상태 코드 03 ed = 1005입니다. 이 값은 close 프레임에 코드가 없었다는 것을 알릴 뿐이라 보내면 안 됩니다 (RFC 6455 §7.4.1). 디코더는 코드의 첫 바이트를 가리킵니다.'
				],
				hints: {
					fin: ['바이트 0: FIN = 1, opcode 8, close 프레임. 문제없습니다.'],
					mask: ['바이트 1: MASK = 0, 길이 2. 상태 코드만 담기에 맞는 길이입니다.'],
					payload: ['상태 코드의 일부이지만, 코드는 한 바이트 앞에서 시작합니다.']
				}
			}
		}
	})
} satisfies LessonText<MythsFacts>;
