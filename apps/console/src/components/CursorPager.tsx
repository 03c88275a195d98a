import { Button, Space, Typography } from 'antd';

/** Paging over the services' cursor lists: a stack of cursors behind, the service's `next` ahead. */
export function CursorPager({ page, hasNext, onPrevious, onNext }: { page: number; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  return (
    <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
      <Button disabled={page === 0} onClick={onPrevious}>上一页</Button>
      <Typography.Text data-testid="page-number">第 {page + 1} 页</Typography.Text>
      <Button disabled={!hasNext} onClick={onNext}>下一页</Button>
    </Space>
  );
}

