export const KIND_LABELS: Record<string, string> = { enterprise: '非公企业', 'social-org': '社会组织', individual: '个体工商户' };
export const STATUS_LABELS: Record<string, string> = { 'entered-production': '新投产', operating: '经营', abnormal: '经营异常', deregistered: '注销/吊销' };
export const STATUS_COLORS: Record<string, string> = { 'entered-production': 'blue', operating: 'green', abnormal: 'orange', deregistered: 'default' };
export const CENSUS_STAGES = ['township-preliminary', 'liaison-on-site', 'industry-filter', 'responsible-unit-summary', 'org-dept-standard'] as const;
export const CENSUS_STAGE_LABELS: Record<string, string> = {
  'township-preliminary': '乡镇初步查',
  'liaison-on-site': '挂点干部上门查',
  'industry-filter': '产业办过滤查',
  'responsible-unit-summary': '责任单位汇总查',
  'org-dept-standard': '组织部门规范查',
  'in-base': '已纳入基数',
  excluded: '已剔除',
};
export const EXCLUSION_LABELS: Record<string, string> = { shell: '空壳企业', zombie: '僵尸企业', shadow: '影子企业（重复登记）', other: '其他' };
export const FORM_LABELS: Record<string, string> = { independent: '单独组建', joint: '联合组建', hosted: '依托村社区' };
export const ORG_STATUS_LABELS: Record<string, string> = { active: '正常', revoked: '已撤销', closed: '已关闭' };
