// The interface in Chinese and English; the choice is kept in localStorage.
const strings = {
  zh: {
    title: 'rightstrack 人权承诺追踪', dashboard: '概览', search: '搜索', documents: '文件', commitments: '承诺',
    upload: '上传', reports: '报告', login: '登录', logout: '退出', user: '用户名', password: '密码',
    byStatus: '按状态', byTheme: '按主题', byState: '按国家', overdue: '逾期', total: '共',
    searchPlaceholder: '例如 儿童、人权维护者、kind:pledge state:LUX', results: '条结果', why: '匹配原因',
    facets: '分面', provisions: '条款', cites: '引用', citedBy: '被引用', status: '状态', history: '状态历史',
    evidence: '证据', note: '说明', setStatus: '更新状态', suggestions: '证据建议', accept: '接受', reject: '拒绝',
    cluster: '相同承诺', noHistory: '尚无状态变更', saved: '已保存', uploadHelp: '选择文本文件（UTF-8 / UTF-16）',
    uploadButton: '上传', download: '下载', confirmed: '确认为同一承诺', split: '拆分', actor: '行为者', due: '截止', level: '行动级别', lang: 'English',
  },
  en: {
    title: 'rightstrack — human-rights commitments', dashboard: 'Dashboard', search: 'Search', documents: 'Documents',
    commitments: 'Commitments', upload: 'Upload', reports: 'Reports', login: 'Log in', logout: 'Log out',
    user: 'User name', password: 'Password', byStatus: 'By status', byTheme: 'By theme', byState: 'By State',
    overdue: 'Overdue', total: 'Total', searchPlaceholder: 'e.g. children, 儿童, kind:pledge state:LUX',
    results: 'results', why: 'Why', facets: 'Facets', provisions: 'Provisions', cites: 'Cites', citedBy: 'Cited by',
    status: 'Status', history: 'Status history', evidence: 'Evidence', note: 'Note', setStatus: 'Set status',
    suggestions: 'Evidence suggestions', accept: 'Accept', reject: 'Reject', cluster: 'Same commitment',
    noHistory: 'No status changes yet', saved: 'Saved', uploadHelp: 'Choose text files (UTF-8 / UTF-16)',
    uploadButton: 'Upload', download: 'Download', confirmed: 'Confirm', split: 'Split', actor: 'Actor', due: 'Due', level: 'Action level', lang: '中文',
  },
};

export let lang = localStorage.getItem('rightstrack.lang') || 'zh';
export function t(key) { return strings[lang][key] || key; }
export function toggleLang() {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('rightstrack.lang', lang);
  document.documentElement.lang = lang;
}
