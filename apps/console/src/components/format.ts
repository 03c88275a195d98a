import dayjs from 'dayjs';

const NUMBER = new Intl.NumberFormat('zh-CN');

export const formatNumber = (n: number | null | undefined) => (n === null || n === undefined ? '—' : NUMBER.format(n));
export const formatRate = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`);
export const formatDate = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY年M月D日') : '—');
export const formatDateTime = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');
