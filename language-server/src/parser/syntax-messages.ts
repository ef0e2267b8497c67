import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Locale, SvcLocale } from '#protocol/locale.js';

type Texts = Record<'name' | 'string' | 'number' | 'date' | 'endOfFile' | 'or' | 'more', string>;

const texts: Record<Locale, Texts> = {
    en: { name: 'a name', string: 'a "string"', number: 'a number', date: 'a date (YYYY-MM-DD)', endOfFile: 'the end of the file', or: ' or ', more: ', …' },
    'zh-CN': { name: '名称', string: '双引号字符串', number: '数字', date: '日期（YYYY-MM-DD）', endOfFile: '文件末尾', or: '或', more: '等' }
};

/** Full-width punctuation typed with a Chinese input method, and what the syntax expects instead. */
const halfWidth: Record<string, string> = {
    '，': ',', '“': '"', '”': '"', '＂': '"', '｛': '{', '｝': '}', '＜': '<', '＞': '>', '＝': '=', '％': '%', '．': '.', '。': '.', '／': '/', '－': '-'
};

/** Units typed in Chinese, and the unit keyword to write instead. */
const unitWords: Record<string, string> = {
    '秒': 's', '秒钟': 's', '分': 'min', '分钟': 'min', '小时': 'h', '时': 'h', '钟头': 'h', '天': 'd', '日': 'd',
    '元': 'CNY', '人民币': 'CNY', '次': 'count', '个': 'count', '件': 'count', '分数': 'score', '百分比': '%'
};

const maxListed = 8;

/**
 * Parse errors a consultant can act on: "Expecting a name but found `}`",
 * never the grammar's 80 keyword alternatives, in the user's language.
 */
export class SvcParserErrorMessageProvider implements IParserErrorMessageProvider {
    constructor(private readonly locale: SvcLocale) {}

    buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        return this.expecting([expected], actual);
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return this.locale.current === 'zh-CN'
            ? `此处应为文件末尾，却出现了 ${this.shown(firstRedundant)}。`
            : `Expecting the end of the file but found ${this.shown(firstRedundant)}.`;
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return this.expecting(expectedPathsPerAlt.flat().map(path => path[0]).filter(Boolean), actual[0]);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return this.expecting(expectedIterationPaths.map(path => path[0]).filter(Boolean), actual[0]);
    }

    private expecting(tokens: TokenType[], actual: IToken): string {
        const t = texts[this.locale.current];
        const names = new Set(tokens.map(token => token.name.replace(/:KW$/, '')));
        // Every identifier-like keyword may also be a name: "a name" says it all.
        const listed = names.has('ID') ? ['ID', ...[...names].filter(name => !/^[A-Za-z_]+$/.test(name))] : [...names];
        const described = listed.slice(0, maxListed).map(name => this.describe(name));
        const expected = described.join(this.locale.current === 'zh-CN' ? '、' : ', ').replace(/, ([^,]*)$/, `${t.or}$1`) + (listed.length > maxListed ? t.more : '');
        const unit = actual ? unitWords[actual.image] : undefined;
        if (this.locale.current === 'zh-CN') {
            return `此处应为${expected}，却出现了 ${this.shown(actual)}。` + (unit ? `单位请写作 ${unit}（可用单位：s、min、h、d、%、count、score、CNY）。` : '');
        }
        return `Expecting ${expected} but found ${this.shown(actual)}.` + (unit ? ` Write the unit as '${unit}' (units: s, min, h, d, %, count, score, CNY).` : '');
    }

    private describe(tokenName: string): string {
        const t = texts[this.locale.current];
        switch (tokenName) {
            case 'ID': return t.name;
            case 'STRING': return t.string;
            case 'NUMBER': return t.number;
            case 'DATE': return t.date;
            default: return `'${tokenName}'`;
        }
    }

    private shown(token: IToken | undefined): string {
        return !token || token.image === '' ? texts[this.locale.current].endOfFile : `\`${token.image}\``;
    }
}

/** "Unexpected character '，'" — with the half-width character to type instead, when there is one. */
export class SvcLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly locale: SvcLocale) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = fullText.substring(startOffset, startOffset + length);
        const replacement = halfWidth[character];
        if (this.locale.current === 'zh-CN') {
            return replacement
                ? `无法识别的字符“${character}”：语法中不使用全角标点，请改用半角的 ${replacement}。`
                : `无法识别的字符“${character}”。`;
        }
        return replacement
            ? `Unexpected character '${character}': full-width punctuation is not part of the syntax; type '${replacement}' instead.`
            : `Unexpected character '${character}'.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected ${token.image}.`;
    }
}
