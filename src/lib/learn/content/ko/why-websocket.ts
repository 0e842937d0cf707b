import { m } from '$lib/paraglide/messages.js';
import type { WhyWebsocketFacts } from '../../material/why-websocket.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'HTTP는 대답만 하고, 먼저 부르지 않습니다',
				paragraphs: [
					[
						'HTTP에서는 클라이언트만 먼저 말할 수 있습니다. 요청 (request)을 보내면 서버가 응답 (response)을 하나 보냅니다. 채팅, 실시간 점수, 주가는 그 반대가 필요합니다. 서버에 새 소식이 생기면 브라우저가 바로 들어야 하죠. WebSocket 이전의 웹 페이지는 이것을 HTTP로 흉내 냈습니다.'
					],
					[
						'폴링 (polling)은 "새 소식 있어요?"라고 계속 묻고, 대부분의 대답은 "없어요"입니다. 롱 폴링 (long polling)은 한 번 묻고, 서버는 소식이 생길 때까지 응답을 붙잡고 있다가 보내며, 클라이언트는 곧바로 다시 묻습니다. 스트리밍 (',
						c('multipart/x-mixed-replace'),
						'나 끝나지 않는 chunked 응답, 이른바 "Comet" 기법)과 서버 전송 이벤트 (SSE)는 응답 하나를 열어 두고 계속 써 넣지만, 서버에서 클라이언트 방향뿐입니다. 사용자가 보내는 것은 모두 또 다른 요청입니다.'
					]
				]
			},
			{
				heading: '요청 하나의 비용',
				paragraphs: [
					[
						'HTTP 요청마다 헤더 (쿠키, User-Agent, Accept 목록 등으로 흔히 수백 바이트)가 따라가고, 새 TCP 연결은 첫 바이트 전에 핸드셰이크에 왕복 한 번이 듭니다 (TLS는 한 번 더). 아래 시뮬레이션에서 서버는 ',
						c(f.seconds),
						'초 동안 이벤트 ',
						c(f.events),
						'개를 보내야 합니다. 폴링은 요청 ',
						c(f.pollRequests),
						'개를 보내고, 그중 ',
						c(f.pollEmpty),
						'개는 빈 응답을 받으며, 헤더에 ',
						c(f.pollHeaderBytes),
						'바이트를 씁니다. 메시지는 평균 ',
						c(f.pollLatency),
						'ms를 기다립니다.'
					],
					[
						'WebSocket은 HTTP 요청을 ',
						c(f.wsRequests),
						'개 (Upgrade 요청) 보내고 TCP 연결을 그대로 씁니다. 헤더는 모두 ',
						c(f.wsHeaderBytes),
						'바이트이고, 그 뒤 메시지마다 몇 바이트짜리 프레임 헤더만 붙습니다 (양방향 모든 메시지의 프레이밍이 ',
						c(f.wsFramingBytes),
						'바이트). 메시지는 평균 ',
						c(f.wsLatency),
						'ms, 즉 네트워크 자체의 지연만큼만 기다립니다. RFC 6455 §1.1이 이 배경을 설명합니다.'
					]
				]
			},
			{
				heading: '직접 재어 보기',
				paragraphs: [
					[
						'여기의 숫자는 모델에서 나온 값입니다. 실제 값을 보려면 ',
						c('npx wsviz serve'),
						'(또는 wsviz 사본에서 ',
						c('npm run dev'),
						')를 실행하고 ',
						c('/live'),
						'를 여세요. 그 페이지의 "다섯 가지 전송 방식을 실제로 측정해 모델과 나란히" 부분이 같은 종류의 시나리오를 각 전송 방식으로 실제로, 여러분의 브라우저에서 로컬 서버까지 실행하고, 서버가 본 바이트와 브라우저가 잰 지연을 이 모델의 예측과 나란히 보여 주며 차이마다 이유를 설명합니다.'
					]
				]
			}
		],
		embed: [
			'같은 시나리오 (바쁜 채팅방: 서버 이벤트가 초당 약 1개, 사용자 메시지가 10초에 1개, 메시지 ',
			c(f.payload),
			'바이트, 편도 ',
			c(f.oneWay),
			'ms)를 엔진이 전송 방식마다 실행한 결과입니다. 슬라이더를 움직이면 서버 이벤트 수를 바꿔 다시 실행합니다.'
		],
		lab: '',
		exercises: {
			most_requests: {
				prompt: ['이 시나리오에서 HTTP 요청을 가장 많이 보낸 전송 방식은? 표를 읽어 보세요.'],
				choices: {
					polling: m.learn_transport_polling(),
					'long-polling': m.learn_transport_long_polling(),
					streaming: m.learn_transport_streaming(),
					sse: m.learn_transport_sse(),
					websocket: m.learn_transport_websocket()
				},
				explain: [
					'롱 폴링은 응답이 올 때마다 곧바로 다시 묻고, 붐비는 대화방에서는 이벤트마다 응답이 옵니다. 그래서 정해진 간격으로 묻는 폴링보다 요청이 많고, 요청마다 헤더가 전부 붙습니다. 빠르지만 싸지는 않습니다.'
				],
				hints: {
					polling: [
						'폴링은 무슨 일이 있든 정해진 간격으로 묻습니다. 이벤트 하나하나마다 다시 묻는 방식은 무엇일까요?'
					],
					streaming: [
						'스트리밍은 서버 이벤트 전부를 위해 응답 하나를 열어 둡니다. 요청을 늘리는 것은 사용자 메시지뿐입니다.'
					],
					sse: [
						'서버 전송 이벤트는 서버 이벤트 전부를 위해 응답 하나를 열어 둡니다. 요청을 늘리는 것은 사용자 메시지뿐입니다.'
					],
					websocket: ['WebSocket은 Upgrade 요청 하나만 보냅니다. 그 뒤는 모두 프레임입니다.']
				}
			},
			event_framing: {
				prompt: [
					'열린 WebSocket으로 서버가 ',
					c(f.payload),
					'바이트짜리 이벤트 하나를 보냅니다. 프레임 헤더는 몇 바이트가 더해질까요?'
				],
				explain: [
					'서버는 마스킹하지 않고 (RFC 6455 §5.1), 125 이하의 길이는 7비트 필드에 들어갑니다 (§5.2). FIN과 opcode에 1바이트, MASK와 길이에 1바이트입니다.'
				],
				hints: {
					other: [
						'헤더만 세어 보세요. FIN·RSV·opcode 1바이트, MASK·길이 1바이트, 그리고 필요할 때만 더 긴 길이나 키가 붙습니다.'
					]
				}
			},
			text_starts: {
				prompt: ['서버 메시지가 전송되는 바이트입니다. 텍스트의 첫 바이트는 어느 것일까요?'],
				explain: [
					'바이트 0은 FIN과 opcode (텍스트), 바이트 1은 MASK 비트 (0: 서버는 마스킹하지 않음)와 길이 4입니다. 확장 길이도 마스킹 키도 없으니 텍스트는 바로 그 뒤에서 시작합니다 (RFC 6455 §5.2).'
				],
				hints: {
					fin: [
						'바이트 0은 헤더의 첫 바이트입니다. FIN, 예약 비트 셋, opcode가 프레임의 종류를 말합니다.'
					],
					mask: ['바이트 1은 헤더의 둘째 바이트입니다. MASK와 페이로드 길이 (여기서는 4)입니다.'],
					payload: [
						'텍스트 안의 바이트이지만 첫 바이트는 아닙니다. 텍스트는 헤더 2바이트 바로 뒤에서 시작합니다.'
					]
				}
			}
		},
		code: { transports: '웹 페이지에서 쓰는 폴링, 서버 전송 이벤트, WebSocket' }
	})
} satisfies LessonText<WhyWebsocketFacts>;
