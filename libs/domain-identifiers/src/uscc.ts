// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters —
//   1     registration-authority code (登记管理部门代码)
//   2     category code (机构类别代码), valid values depend on the authority
//   3–8   administrative division of the registering authority (登记管理机关行政区划码, GB/T 2260)
//   9–17  the organization code (主体标识码, GB 11714: 8 characters and a check character)
//   18    check character over the first 17, weights 3^(i-1) mod 31. (Not a mod-11 check, whatever many pages say.)

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Registration authorities and the category codes each may issue (GB 32100-2015 Appendix A and later additions). */
export const USCC_AUTHORITY_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直管群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 市场监管（工商）: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业农村: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

/** Province-level division codes (GB/T 2260); 10 stands for national-level registration (100000). */
const PROVINCES = new Set(['10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);

export type UsccProblem = 'length' | 'character' | 'placeholder' | 'authority' | 'category' | 'division' | 'organization-code' | 'check';

export type EnterpriseKind = 'enterprise' | 'social-org' | 'individual';

/** What each problem means, for a county clerk (zh-CN) and an operator (English). */
export const USCC_PROBLEM_MESSAGES: Readonly<Record<UsccProblem, { zh: string; en: string }>> = {
  length: { zh: '应为 18 位', en: 'must be 18 characters' },
  character: { zh: '含有不允许的字符（不使用 I、O、S、V、Z）', en: 'contains a character not used in credit codes (I, O, S, V, Z)' },
  placeholder: { zh: '是占位代码（同一字符重复），不是真实代码', en: 'is a placeholder (one character repeated), not a real code' },
  authority: { zh: '第 1 位登记管理部门代码不存在', en: 'the registration-authority code (1st character) does not exist' },
  category: { zh: '第 2 位机构类别代码与登记管理部门不匹配', en: 'the category code (2nd character) is not valid for its registration authority' },
  division: { zh: '第 3–8 位行政区划码不正确', en: 'the administrative division (characters 3-8) is not valid' },
  'organization-code': { zh: '第 9–17 位组织机构代码校验位不正确（GB 11714）', en: 'the embedded organization code (characters 9-17) fails its GB 11714 check digit' },
  check: { zh: '第 18 位校验码不正确', en: 'the check character (18th) is wrong' },
};

export function normalizeUscc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character over an organization code's first 8 characters (digits and A–Z). */
export function organizationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i];
    const value = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
    sum += value * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function divisionValid(division: string): boolean {
  if (!/^\d{6}$/.test(division)) return false;
  const province = division.slice(0, 2);
  if (!PROVINCES.has(province)) return false;
  if (province === '10') return division === '100000';
  // A province-level code (xx00yy) has no county part without a city part.
  return !(division.slice(2, 4) === '00' && division.slice(4) !== '00');
}

/** Why a code is invalid, or null when it is valid. Checks run in reading order, so the first fault is named. */
export function usccProblem(code: string): UsccProblem | null {
  const c = normalizeUscc(code);
  if (c.length !== 18) return 'length';
  for (const ch of c) if (!ALPHABET.includes(ch)) return 'character';
  if (new Set(c).size === 1 || new Set(c.slice(8, 16)).size === 1) return 'placeholder';
  const categories = USCC_AUTHORITY_CATEGORIES[c[0]];
  if (!categories) return 'authority';
  if (!categories.includes(c[1])) return 'category';
  if (!divisionValid(c.slice(2, 8))) return 'division';
  if (organizationCodeCheckCharacter(c.slice(8, 16)) !== c[16]) return 'organization-code';
  return usccCheckCharacter(c.slice(0, 17)) === c[17] ? null : 'check';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** "统一社会信用代码“…”无效：… / Invalid credit code: …" — one wording for every place that refuses a code. */
export function usccProblemText(problem: UsccProblem): string {
  const { zh, en } = USCC_PROBLEM_MESSAGES[problem];
  return `${zh} / ${en}`;
}

/**
 * The kind the code suggests from its registering authority (char 1) and entity type (char 2):
 * 9x market regulation (1 enterprise, 2 individual business, 3 cooperative), 5x civil affairs
 * (social organizations). Null when the code does not say.
 */
export function proposeKindFromUscc(code: string): EnterpriseKind | null {
  const c = normalizeUscc(code);
  if (c[0] === '9') {
    if (c[1] === '1' || c[1] === '3') return 'enterprise';
    if (c[1] === '2') return 'individual';
  }
  if (c[0] === '5' && ['1', '2', '3'].includes(c[1])) return 'social-org';
  return null;
}
