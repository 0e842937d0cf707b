import { describe, expect, it } from 'vitest';
import { endsInConsonant, particle, withParticle } from '$lib/i18n/particles.ts';

describe('Korean particles', () => {
	it('follow a Hangul syllable’s final consonant', () => {
		expect(withParticle('안녕', '을/를')).toBe('안녕을');
		expect(withParticle('프레임', '이/가')).toBe('프레임이');
		expect(withParticle('서버', '은/는')).toBe('서버는');
		expect(withParticle('키', '와/과')).toBe('키와');
		expect(withParticle('opcode 값', '와/과')).toBe('opcode 값과');
		expect(withParticle('마스크', '을/를')).toBe('마스크를');
	});

	it('read digits by their Korean names', () => {
		expect(withParticle('1', '이/가')).toBe('1이'); // 일
		expect(withParticle('2', '이/가')).toBe('2가'); // 이
		expect(withParticle('1007', '을/를')).toBe('1007을'); // 칠
		expect(withParticle('1002', '을/를')).toBe('1002를'); // 이
		expect(withParticle('443', '은/는')).toBe('443은'); // 삼
	});

	it('read Latin words by their last sound, acronyms letter by letter', () => {
		expect(withParticle('world', '을/를')).toBe('world를'); // 월드
		expect(withParticle('frame', '을/를')).toBe('frame을'); // 프레임
		expect(withParticle('ping', '이/가')).toBe('ping이'); // 핑
		expect(withParticle('Hello', '을/를')).toBe('Hello를');
		expect(withParticle('text', '이/가')).toBe('text가'); // 텍스트
		expect(withParticle('FIN', '이/가')).toBe('FIN이'); // 에프아이엔
		expect(withParticle('RSV', '이/가')).toBe('RSV가'); // 브이
		expect(withParticle('URL', '을/를')).toBe('URL을'); // 엘
	});

	it('ignore closing quotes and punctuation, and hedge when there is nothing to read', () => {
		expect(withParticle('"안녕"', '을/를')).toBe('"안녕"을');
		expect(endsInConsonant('')).toBeNull();
		expect(particle('→', '을/를')).toBe('을(를)');
	});
});
