import { BodyShort, Button, HStack, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useCommentOnForm } from '../api';
import { formTexts } from '../texts';
import type { CommentKind, FormView } from '../types';
import { useFormVocabulary } from '../vocabulary';

const COMMENT_MAX = 4000;

interface Props {
  form: FormView;
  canComment: boolean;
  canRequestImprovement: boolean;
  labelledBy: string;
  onDone: (kind: CommentKind) => void;
}

/** The GP's comments and NAV's requests to improve, newest last, and the form to write one. */
export function FormComments({ form, canComment, canRequestImprovement, labelledBy, onDone }: Props) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  const lang = useLang();
  const feedback = useFormFeedback();
  const mutation = useCommentOnForm(form.id);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CommentKind>('comment');
  const comments = [...form.comments].sort((a, b) => a.at.localeCompare(b.at));

  const send = async (chosen: CommentKind) => {
    setKind(chosen);
    if (text.trim() === '') return feedback.fail({ comment: t.commentRequired });
    try {
      await mutation.mutateAsync({ text: text.trim(), kind: chosen });
      setText('');
      feedback.reset();
      onDone(chosen);
    } catch (error) {
      feedback.fail({}, error);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('comment');
  };

  return (
    <VStack gap="space-16">
      {comments.length === 0 ? (
        <BodyShort>{t.commentsNone}</BodyShort>
      ) : (
        <ol className="forms-comments" data-testid="form-comments">
          {comments.map((comment) => (
            <li key={comment.id} data-kind={comment.kind} data-revision={comment.revision} className="forms-comment">
              <VStack gap="space-4">
                <HStack gap="space-8" align="center" wrap>
                  <BodyShort weight="semibold">
                    {comment.authorName} ({v.authorRole(comment.authorRole)})
                  </BodyShort>
                  <Tag size="xsmall" variant={comment.kind === 'improvement_request' ? 'moderate' : 'outline'} data-color={comment.kind === 'improvement_request' ? 'warning' : 'neutral'}>
                    {v.commentKind(comment.kind)}
                  </Tag>
                  <BodyShort size="small" className="forms-subtle">
                    {formatDateTime(comment.at, lang)} · {t.commentOn(comment.revision)}
                  </BodyShort>
                </HStack>
                <BodyShort className="forms-text">{comment.text}</BodyShort>
              </VStack>
            </li>
          ))}
        </ol>
      )}
      {(canComment || canRequestImprovement) && (
        <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={mutation.isPending} data-testid="form-comment-form" className="forms-narrow">
          <VStack gap="space-12">
            <Textarea
              id={feedback.fieldId('comment')}
              label={t.commentLabel}
              description={t.commentDescription}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                feedback.clear('comment');
              }}
              error={feedback.errors.comment}
              maxLength={COMMENT_MAX}
              minRows={3}
              aria-required
            />
            <FormFeedback feedback={feedback} order={['comment']} heading={t.commentErrorSummary} />
            <HStack gap="space-12" wrap>
              {canComment && (
                <Button type="submit" loading={mutation.isPending && kind === 'comment'} disabled={mutation.isPending && kind !== 'comment'}>
                  {t.comment}
                </Button>
              )}
              {canRequestImprovement && (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => void send('improvement_request')}
                  loading={mutation.isPending && kind === 'improvement_request'}
                  disabled={mutation.isPending && kind !== 'improvement_request'}
                >
                  {t.requestImprovement}
                </Button>
              )}
            </HStack>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
