// npm run bench 用的测试数据：附件2、附件3 的大表（确定性：同样的行数总是生成同样的内容），
// 以及导入结果与原数据的逐格比对。只在 bench 中使用（esbuild 打包后在 Node 和 Chromium 中运行）。
import type { AnnexLayout } from '../../src/schemas/annex-layout';
import type { AnnexData } from '../../src/lib/table/data';
import { rng } from '../../src/lib/table/fixtures/random';

const PLACES = [
  '泽州县',
  '高平市',
  '阳城县',
  '陵川县',
  '沁水县',
  '城区',
  '巴公镇',
  '北留镇',
  '南村镇',
  '晋庙铺镇',
  '周村镇',
  '大阳镇',
];
const BRANDS = [
  '宏达',
  '鑫源',
  '兴盛',
  '金泰',
  '华晋',
  '泰安',
  '永固',
  '恒通',
  '瑞丰',
  '晋丰',
  '福顺',
  '天成',
  '凤凰',
  '蓝焰',
];
const KINDS = [
  '煤业',
  '化工',
  '铸造',
  '食品',
  '建材',
  '机械制造',
  '耐火材料',
  '纺织',
  '酿造',
  '铁合金',
  '物流',
  '焦化',
];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '（集团）有限公司'];
const INSPECTORS = [
  '市应急管理局',
  '市应急管理局第一检查组',
  '市应急管理局第二检查组',
  '县应急管理局',
  '县应急管理局执法大队',
  '乡镇应急管理办公室',
  '市安委会第三督导组',
  '县工信局',
];
const INDUSTRIES = [
  '煤矿',
  '非煤矿山',
  '危险化学品',
  '冶金',
  '有色',
  '建材',
  '机械',
  '轻工',
  '纺织',
  '烟草',
  '商贸',
  '',
];
const PLACES_IN_PLANT = [
  '一号车间',
  '二号车间',
  '原料库',
  '成品库',
  '配电室',
  '锅炉房',
  '污水处理站',
  '厂区东侧',
  '厂区西北角',
  '井下回风巷',
  '主斜井',
  '装车站',
];
const PROBLEMS = [
  '局部通风机停运，回风巷瓦斯浓度超限',
  '有限空间作业未执行“先通风、再检测、后作业”',
  '粉尘涉爆除尘系统未设置泄爆装置',
  '液氨储罐区未设置有毒气体报警仪',
  '配电箱未接地，电缆老化破损',
  '动火作业未办理审批手续',
  '特种作业人员无证上岗',
  '安全出口被堆放物料堵塞',
  '高炉煤气区域未设置一氧化碳监测报警装置',
  '熔融金属吊运起重机未采用冶金铸造起重机',
  '危险化学品仓库超量储存，混存禁忌物料',
  '应急预案未演练，现场处置方案缺失',
];
const PROGRESS = ['已整改', '整改中', '已整改，已复查', '逾期未整改', '停产整改', '已整改，待复查', ''];
const REMARKS = [
  '',
  '',
  '',
  '复查合格',
  '挂牌督办',
  '已约谈企业负责人',
  '移交执法',
  '@复查',
  '=需复核',
  '-3 天',
];
const SPACES = [
  '污水池',
  '发酵罐',
  '窨井',
  '储罐',
  '地下室',
  '料仓',
  '沉淀池',
  '化粪池',
  '隧道式烘干炉',
  '反应釜',
  '管道井',
  '地下电缆沟',
];
const HAZARDS = [
  '硫化氢中毒、缺氧窒息',
  '二氧化碳',
  '一氧化碳中毒',
  '缺氧窒息',
  '可燃气体爆炸',
  '粉尘爆炸、淹溺',
  '氨气中毒',
  '高处坠落、坍塌',
];
const CONSEQUENCES = ['中毒窒息', '窒息', '火灾爆炸', '中毒窒息、火灾', '淹溺', '坍塌、物体打击'];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '郭',
  '牛',
  '原',
  '段',
  '常',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '建国',
  '晓东',
  '志强',
  '海燕',
  '卫东',
  '丽华',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const pad2 = (n: number) => String(n).padStart(2, '0');
/** 2025 年的一天（第 day 天，从 0 起）。 */
function ymd(day: number): string {
  const d = new Date(Date.UTC(2025, 0, 1) + day * 86400000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
const company = (r: () => number) =>
  `${pick(r, PLACES).replace(/[县市区镇]$/, '')}${pick(r, BRANDS)}${pick(r, KINDS)}${pick(r, FORMS)}`;
const person = (r: () => number) => `${pick(r, SURNAMES)}${pick(r, GIVEN)}`;

function annex2Row(r: () => number, i: number): Record<string, string> {
  const day = Math.floor(r() * 330);
  const extra = r();
  let description = `${pick(r, PLACES_IN_PLANT)}${pick(r, PROBLEMS)}`;
  if (extra < 0.15) description += `；${pick(r, PROBLEMS)}`;
  else if (extra < 0.2) description += `，\n现场责令停止作业（第 ${i + 1} 条）`;
  else if (extra < 0.23) description = `"${description}"，涉及 ${1 + Math.floor(r() * 9)} 处`;
  return {
    'check-date': ymd(day),
    inspector: pick(r, INSPECTORS),
    inspected: r() < 0.1 ? `${company(r)}, ${1 + Math.floor(r() * 5)}号井` : company(r),
    industry: pick(r, INDUSTRIES),
    description,
    deadline: r() < 0.9 ? ymd(day + 7 + Math.floor(r() * 60)) : '',
    progress: pick(r, PROGRESS),
    remark: pick(r, REMARKS),
  };
}

function annex3Row(r: () => number): Record<string, string> {
  return {
    name: `${pick(r, SPACES)}${r() < 0.5 ? `${1 + Math.floor(r() * 20)}号` : ''}`,
    location: pick(r, PLACES_IN_PLANT),
    quantity: String(1 + Math.floor(r() * 12)),
    hazards: pick(r, HAZARDS),
    consequences: pick(r, CONSEQUENCES),
    mode: r() < 0.6 ? '自主作业' : '外包作业',
    risk: pick(r, ['高', '中', '中', '低', '低', '低']),
    approver: person(r),
  };
}

/** 附件2 或 附件3，rows 行，全部填好（日期、枚举、中文长文本，少量以 = + - @ 开头的文本、引号、逗号和换行）。 */
export function bigAnnex(layout: AnnexLayout, rows: number, seed = 76): AnnexData {
  if (layout.id !== 'annex2' && layout.id !== 'annex3')
    throw new Error(`bigAnnex 只支持附件2、附件3，不支持 ${layout.id}`);
  const r = rng(seed + (layout.number ?? 0));
  const fields: Record<string, string> =
    layout.id === 'annex2'
      ? { unit: '晋城市泽州县应急管理局', date: '2025-12-20', filler: '李四', phone: '0356-1234567' }
      : { enterprise: '晋城市某某（集团）有限公司' };
  return {
    annex: layout.id,
    fields,
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `b${i.toString(36)}`,
      cells: layout.id === 'annex2' ? annex2Row(r, i) : annex3Row(r),
    })),
  };
}

/** 导入结果与原数据是否一致：行数、每行每格（withFields 时还比对填报信息）。返回问题描述，一致时为空数组。 */
export function compareAnnex(expected: AnnexData, actual: AnnexData | null, withFields: boolean): string[] {
  if (!actual) return ['导入失败'];
  const problems: string[] = [];
  if (actual.rows.length !== expected.rows.length)
    problems.push(`行数 ${actual.rows.length}，应为 ${expected.rows.length}`);
  if (withFields) {
    for (const [k, v] of Object.entries(expected.fields)) {
      if ((actual.fields[k] ?? '') !== v)
        problems.push(`填报信息 ${k}：“${actual.fields[k] ?? ''}”，应为“${v}”`);
    }
  }
  let cellDiffs = 0;
  let first = '';
  const n = Math.min(expected.rows.length, actual.rows.length);
  for (let i = 0; i < n; i++) {
    const want = expected.rows[i]!.cells;
    const got = actual.rows[i]!.cells;
    for (const [k, v] of Object.entries(want)) {
      if ((got[k] ?? '') !== v.trim()) {
        cellDiffs += 1;
        if (!first) first = `第 ${i + 1} 行 ${k}：${JSON.stringify(got[k] ?? '')}，应为 ${JSON.stringify(v)}`;
      }
    }
  }
  if (cellDiffs) problems.push(`${cellDiffs} 格不一致（如${first}）`);
  return problems;
}
