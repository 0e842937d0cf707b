import type { InsideMessageFacts } from '../../material/inside-message.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '프레임은 바이트를 나를 뿐, 뜻은 모릅니다',
				paragraphs: [
					[
						'프레임이 말하는 것은 어떤 종류의 데이터인지 (텍스트 또는 바이너리), 길이가 얼마인지, 마스킹되었는지뿐입니다. 바이트가 무슨 뜻인지는 말하지 않습니다. 텍스트 메시지는 올바른 UTF-8이고 바이너리 메시지는 아무 바이트나 될 수 있으며, WebSocket 수신 측이 확인하는 것은 그것이 전부입니다. 실제 트래픽 대부분은 그 바이트 안에 쓰인 애플리케이션 프로토콜입니다.'
					],
					[
						'아래는 MQTT 브로커가 보낸 바이너리 프레임입니다. 페이로드는 ',
						c(f.publish),
						'이고, 프레임 계층에게는 그저 바이트입니다. MQTT에게는 ',
						c(f.topic),
						' 토픽으로 가는 PUBLISH이고, 애플리케이션 메시지는 ',
						c(f.message),
						'입니다.'
					]
				]
			},
			{
				heading: '그 위에서 쓰이는 몇 가지 언어',
				paragraphs: [
					[
						'STOMP는 HTTP와 닮은 텍스트입니다. 명령 줄 (SEND, SUBSCRIBE, MESSAGE), 헤더, 빈 줄, 본문, 그리고 끝의 NUL 바이트로 이루어집니다. MQTT는 바이너리입니다. 패킷 종류와 플래그가 담긴 고정 헤더, 자체 길이, 그다음 토픽, 패킷 id, 페이로드가 옵니다. WebSocket 위의 GraphQL (graphql-transport-ws)은 type이 있는 JSON 객체를 보냅니다. connection_init, subscribe, next, complete가 있고 각각 id를 가집니다. Socket.IO는 앞 강의에서 본 것처럼 패킷 종류를 숫자로 JSON 앞에 씁니다.'
					],
					[
						'JSON과 MessagePack은 프로토콜이 아니라 인코딩입니다. 많은 애플리케이션이 자기만의 메시지를 만들어 텍스트 프레임에는 JSON으로, 바이너리 프레임에는 MessagePack (같은 값을 담는 간결한 바이너리 형식)으로 씁니다.'
					]
				]
			},
			{
				heading: '서브프로토콜이 언어의 이름을 알려 줍니다',
				paragraphs: [
					[
						'클라이언트는 핸드셰이크의 Sec-WebSocket-Protocol 헤더에 자신이 말할 수 있는 프로토콜을 나열하고, 서버는 그중 정확히 하나로 답하거나 아무것도 고르지 않습니다 (RFC 6455 §1.9, §4.1, §4.2.2). 이름은 IANA에 등록됩니다 (§11.5): ',
						c('mqtt'),
						', ',
						c('v12.stomp'),
						', ',
						c('graphql-transport-ws'),
						', ',
						c('wamp.2.json'),
						'.'
					],
					[
						'합의된 서브프로토콜이 없으면 바이트의 뜻은 애플리케이션만 압니다. 도구는 내용을 보고 추측할 수밖에 없고, 추측했다고 밝혀야 합니다. 이 사이트의 디코더는 무엇으로 골랐는지 알려 줍니다: 서브프로토콜, 내용, 또는 사용자의 선택.'
					]
				]
			}
		],
		embed: [
			'브로커의 바이너리 프레임을 디코딩한 것입니다. 프레임 계층에게 보이는 것은 헤더와 페이로드뿐입니다.'
		],
		lab: '디코더가 같은 프레임을 모든 비트와 필드와 함께 엽니다.',
		exercises: {
			which_ack: {
				prompt: [
					'Socket.IO 클라이언트와 서버가 이 패킷들을 주고받습니다. 각각 WebSocket 텍스트 메시지입니다. 어느 것이 확인 응답 (acknowledgement), 곧 콜백과 함께 보낸 이벤트에 대한 답일까요?'
				],
				explain: [
					c(f.ack),
					'는 Engine.IO 4 (message), Socket.IO 3 (ACK), ack id 1, 그리고 콜백이 받을 인자입니다. 같은 id 1로 답을 요청한 EVENT ',
					c(f.event),
					'에 대한 답입니다.'
				],
				hints: {
					event: [
						'이 패킷은 답을 요청하는 쪽입니다. ack id 1이 붙은 Socket.IO 2 (EVENT)입니다. 답은 종류 3이고 같은 id를 담습니다.'
					],
					connect: [
						'Socket.IO 0 (CONNECT)은 기본 네임스페이스에 들어가는 패킷이고, 아무것도 확인하지 않습니다.'
					],
					pong: [
						'Engine.IO 3 (PONG)은 ping에 대한 답입니다. 전송 계층의 하트비트이지 이벤트에 대한 답이 아닙니다.'
					]
				}
			},
			which_protocol: {
				prompt: [
					'서브프로토콜은 합의되지 않았습니다. 클라이언트가 이 텍스트 메시지를 보냅니다: ',
					c(f.graphql),
					'. 어떤 프로토콜로 쓰인 메시지일까요?'
				],
				choices: {
					'graphql-ws': 'WebSocket 위의 GraphQL',
					json: '애플리케이션의 평범한 JSON',
					'socket.io': 'Socket.IO',
					stomp: 'STOMP'
				},
				explain: [
					'type이 subscribe이고, id가 있고, payload가 GraphQL 쿼리입니다. graphql-transport-ws의 메시지입니다. 서브프로토콜이 합의되었다면 핸드셰이크가 알려 주었을 것이고, 그렇지 않으니 이것은 내용을 보고 읽어 낸 것입니다.'
				],
				hints: {
					json: [
						'JSON은 맞지만 JSON은 인코딩일 뿐입니다. type의 subscribe, id, 쿼리는 그 위에 만든 프로토콜의 메시지입니다.'
					],
					'socket.io': [
						'Socket.IO 패킷은 JSON보다 먼저 패킷 종류를 숫자로 씁니다. 이 메시지는 중괄호로 시작합니다.'
					],
					stomp: [
						'STOMP 프레임은 SEND 같은 명령 줄로 시작하고 헤더가 뒤따릅니다. 이 메시지는 JSON 객체입니다.'
					]
				}
			},
			qos_byte: {
				prompt: ['브로커의 프레임에서 PUBLISH의 QoS는 어느 바이트에 들어 있을까요?'],
				explain: [
					'MQTT의 첫 바이트는 WebSocket 헤더 2바이트 바로 뒤에 옵니다. 상위 4비트는 패킷 종류 (3, PUBLISH)이고, 하위 4비트는 플래그인 DUP, QoS (2비트), RETAIN입니다.'
				],
				hints: {
					fin: ['0번 바이트는 WebSocket 헤더입니다: FIN과 옵코드. 프레임은 QoS를 모릅니다.'],
					mask: ['1번 바이트는 WebSocket 헤더입니다: MASK와 페이로드 길이.'],
					payload: [
						'MQTT 패킷 안의 바이트이지만, MQTT가 플래그를 두는 곳은 아닙니다. 플래그는 패킷의 첫 바이트를 패킷 종류와 나누어 씁니다.'
					]
				}
			},
			remaining_length: {
				prompt: [
					'MQTT 패킷은 ',
					c(f.publish),
					'입니다. 고정 헤더 뒤에 몇 바이트가 올까요 (MQTT가 남은 길이 (remaining length)라고 부르는 값)?'
				],
				explain: [
					'MQTT는 패킷 종류 바이트 다음 바이트에 남은 길이를 씁니다. 길이 2바이트를 포함한 토픽, 패킷 id, 애플리케이션 메시지를 셉니다. MQTT는 WebSocket 페이로드 안에 자기 길이를 따로 두고, 프레임 계층은 그것을 읽지 않습니다.'
				],
				hints: {
					counted_fixed_header: [
						'패킷 전체를 세었습니다. 남은 길이에는 고정 헤더, 곧 종류 바이트와 길이 자신이 빠집니다.'
					],
					whole_frame: [
						'WebSocket 프레임 전체를 헤더까지 세었습니다. MQTT는 고정 헤더 뒤의 자기 바이트만 셉니다.'
					],
					message_only: [
						'애플리케이션 메시지 ',
						c(f.message),
						'만 세었습니다. 토픽과 패킷 id도 들어갑니다.'
					],
					other: [
						'종류 바이트 다음 바이트를 읽어 보세요. MQTT는 거기에 남은 길이를 씁니다 (바이트마다 7비트, 여기서는 1바이트로 충분합니다).'
					]
				}
			}
		}
	})
} satisfies LessonText<InsideMessageFacts>;
