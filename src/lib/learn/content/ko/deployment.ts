import type { DeploymentFacts } from '../../material/deployment.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'ws://와 wss://',
				paragraphs: [
					[
						c(f.plainUrl),
						'은 평문 TCP 위의 WebSocket이고, URL이 다른 포트를 적지 않으면 포트 ',
						c(f.plainPort),
						'을 씁니다. ',
						c(f.secureUrl),
						'은 TLS 안의 WebSocket이고 포트 ',
						c(f.securePort),
						'를 씁니다 (RFC 6455 §3). 일부러 HTTP의 포트를 씁니다. 핸드셰이크가 HTTP이고, 방화벽이 그 포트들은 통과시키기 때문입니다. 실서비스에서는 wss://를 쓰세요. https로 열린 페이지는 ws://를 열 수 없고, 평문 트래픽에 손대는 프록시도 암호화된 바이트는 그냥 넘겨주는 경우가 많습니다.'
					]
				]
			},
			{
				heading: '프록시와 로드 밸런서',
				paragraphs: [
					[
						c('Upgrade'),
						'와 ',
						c('Connection'),
						'은 홉 단위 (hop-by-hop) 헤더입니다. 따로 설정하지 않으면 프록시가 이 헤더를 지우고, 서버는 평범한 GET을 받게 됩니다. nginx에는 ',
						c('proxy_http_version 1.1'),
						', ',
						c('proxy_set_header Upgrade $http_upgrade'),
						', ',
						c('proxy_set_header Connection "upgrade"'),
						'가 필요하고, ping 간격보다 긴 읽기 타임아웃도 필요합니다. TCP만 넘기는 (L4) 로드 밸런서는 아무 설정이 필요 없지만 연결 하나를 끝까지 같은 백엔드에 붙여 둡니다. HTTP를 읽는 (L7) 로드 밸런서는 WebSocket을 알아야 합니다.'
					]
				]
			},
			{
				heading: 'curl로 시험하기, 그리고 누가 접속했는지 알기',
				paragraphs: [
					[
						'curl로 ',
						c(f.httpUrl),
						'에 핸드셰이크를 직접 보낼 수 있습니다. 올바른 Sec-WebSocket-Accept와 함께 101이 오면, 서버와 그 사이의 모든 프록시가 WebSocket을 안다는 뜻입니다. 브라우저는 핸드셰이크에 Authorization 같은 헤더를 넣을 수 없으므로, 서버는 브라우저가 함께 보내는 쿠키로 사용자를 식별하거나 (이때는 어느 사이트든 연결을 열 수 있으니 ',
						c('Origin'),
						'을 확인하세요), URL의 짧은 수명 토큰 (',
						c(f.target + '?token=…'),
						')으로 식별합니다. 토큰은 접근 로그에 남는다는 점에 주의하세요.'
					],
					[
						'선로(wire)를 실제로 오간 것을 보려면, 클라이언트와 서버가 대화하는 동안 루프백에서 캡처하세요: ',
						c("sudo tcpdump -i lo -w ws.pcap 'tcp port 8080'"),
						' (또는 루프백 인터페이스에서 Wireshark). 그 파일을 /decode에 끌어다 놓거나 ',
						c('wsviz capture ws.pcap'),
						'을 실행하면, 모든 연결과 검사된 핸드셰이크, 양방향의 프레임과 메시지가 하나의 시간 축 위에 보입니다. wss://의 캡처에는 TLS 레코드만 보입니다. 세션 키 없이는 프레임을 읽을 수 없습니다.'
					],
					[
						'Wireshark에서는 루프백 인터페이스(리눅스는 ',
						c('lo'),
						', macOS는 ',
						c('Loopback: lo0'),
						', 윈도우는 Npcap 루프백 어댑터)를 고르고, 캡처 필터 ',
						c('tcp port 8080'),
						'을 입력한 뒤 시작하고, 클라이언트가 대화하게 한 다음 멈추고 .pcapng로 저장하세요. /decode에서는 모든 메시지가 압축 해제되어 보이고(permessage-deflate 매개변수는 핸드셰이크에서 가져옵니다), 보낸 쪽, 유형, 텍스트로 거르고, 복사하고, ',
						c('wsviz capture --json'),
						'이 출력하는 것과 같은 JSON으로 내보낼 수 있습니다. 페이지 링크에는 선택한 항목이 담기고, 64 KiB 미만의 파일은 파일 자체도 담깁니다.'
					]
				]
			}
		],
		embed: [c(f.secureUrl), '에 대해 엔진이 만든 핸드셰이크와, 엔진이 기대하는 accept 값입니다.'],
		lab: '핸드셰이크 실습실은 어떤 URL이든 요청, 101 응답, curl 명령, nginx 설정을 만들어 줍니다.',
		exercises: {
			default_port: {
				prompt: ['브라우저가 ', c(f.secureUrl), '에 접속할 때 쓰는 TCP 포트는?'],
				explain: [
					'포트를 적지 않은 wss://는 https 포트인 ',
					c(f.securePort),
					', ws://는 ',
					c(f.plainPort),
					'입니다.'
				],
				hints: {
					'80': [
						'80은 ws:// (그리고 http://)의 포트입니다. wss://는 https://처럼 TLS 위에서 동작합니다.'
					],
					'8080': ['8080은 개발 서버가 흔히 쓰는 포트이지만, 기본값으로 쓰는 URL 스킴은 없습니다.'],
					'6455': ['6455는 RFC 번호이지 포트가 아닙니다.']
				}
			},
			explicit_port: {
				prompt: ['브라우저가 ', c(f.portUrl), '에 접속할 때 쓰는 TCP 포트는?'],
				explain: [
					'URL에 적힌 포트가 우선합니다. 스킴은 포트가 없을 때만 기본값을 줍니다 (RFC 6455 §3).'
				],
				hints: {
					default_port: [
						'443은 wss://의 기본값으로, URL에 포트가 없을 때만 씁니다. 이 URL에는 포트가 있습니다.'
					],
					plain_port: [
						'80은 ws://의 기본값입니다. 이것은 wss://이고, 게다가 포트를 직접 적었습니다.'
					]
				}
			},
			proxied_request: {
				prompt: [
					'리버스 프록시가 브라우저의 핸드셰이크를 이렇게 전달했고, 서버가 400으로 답합니다. 어느 줄이 잘못되었을까요?'
				],
				explain: [
					'프록시가 Connection: Upgrade를 keep-alive로 바꿨습니다 (Connection은 홉 단위 헤더라 프록시가 지웁니다). 서버는 Connection에 Upgrade가 있어야 합니다 (RFC 6455 §4.2.1, 4번). nginx에는 proxy_set_header Connection "upgrade"가 필요합니다.'
				],
				hints: {
					request_header_upgrade: [
						'Upgrade: websocket은 제대로 있습니다. 업그레이드를 말해야 하는 다른 헤더는 무엇일까요?'
					],
					request_header_host: ['Host는 URL이 가리키는 서버로, 맞게 적혀 있습니다.']
				}
			}
		},
		code: {
			nginx: 'WebSocket 서버 앞의 nginx',
			curl: 'curl로 보내는 핸드셰이크'
		}
	})
} satisfies LessonText<DeploymentFacts>;
