/**
 * The plan's requirement ids, section by section, written out by hand for tests (in the plan's order). Tests of the self-check selection and the training decks expect these lists, so a
 * change to content/plan that drops or reorders an item fails both.
 */

/** （一）1. 煤气（天然气）作业方面 */
export const gasItems = [
  'gas-archives',
  'gas-repair-records',
  'gas-alarm',
  'gas-branch-isolation',
  'gas-main-cutoff',
  'gas-water-seal',
  'gas-live-work',
  'gas-special-operators',
];

/** （一）2. 熔融金属吊运方面 */
export const moltenItems = [
  'molten-no-crowded-rooms',
  'molten-crane',
  'molten-hook-inspection',
  'molten-furnace-cooling',
  'molten-ladle-defects',
  'molten-paint-room',
];

/** （三）有限空间作业排查整治攻坚行动: its 整治范围 names 冶金 and 机械（高炉企业）, so 金属冶炼企业 get it too (issue 7). */
export const confinedItems = [
  'confined-signs-isolation',
  'confined-approval-procedure',
  'confined-outsourcing',
  'confined-training-staff',
  'confined-assessment',
];

/** （四）1. 人员密集场所动火作业方面 and 2. 建筑外墙保温材料方面: every 冶金工贸企业. */
export const hotWorkItems = [
  'hot-work-responsibility',
  'hot-work-restrict-hours',
  'hot-work-permit',
  'hot-work-site-controls',
  'hot-work-certified-workers',
  'insulation-regular-checks',
  'insulation-gb55022',
];
