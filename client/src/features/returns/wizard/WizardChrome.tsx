import { Anchor, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  isReachable,
  isWizardStep,
  resolveStep,
  visibleSteps,
  type WizardStep,
} from '../../../../../shared/src/return-wizard';
import { ROUTES } from '../../../../../shared/src/routes';
import { ArrowLeftIcon } from '../icons';
import type { WizardState } from './wizardState';

/**
 * The step shown: the one the address asks for (?step=…) when it can be shown, else the one
 * that can (the address is corrected in place). Each new step is announced: focus moves to
 * its heading (not on the first render) and the steps scroll into sight.
 */
export function useWizardStep(state: WizardState) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const current = resolveStep(isWizardStep(requested) ? requested : null, state);
  const steps = visibleSteps(state);

  useEffect(() => {
    if (requested !== current) setParams({ step: current }, { replace: true });
  }, [requested, current, setParams]);

  const go = (step: WizardStep) => setParams({ step });

  const heading = useRef<HTMLHeadingElement>(null);
  const stepper = useRef<HTMLDivElement>(null);
  const shown = useRef<WizardStep | null>(null);
  useEffect(() => {
    if (shown.current !== null && shown.current !== current) {
      // The steps stay in sight: the page scrolls up to them, not just to the heading.
      heading.current?.focus({ preventScroll: true });
      stepper.current?.scrollIntoView({ block: 'nearest' });
    }
    shown.current = current;
  }, [current]);

  return { current, steps, go, heading, stepper };
}

/** Back to the returns, "Start over" (when there is something to lose), title and intro. */
export function WizardHeader({ onStartOver }: { onStartOver: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" gap="md" mih={30}>
        <Anchor component={Link} to={ROUTES.returns} size="sm">
          <Group gap={4} component="span">
            <ArrowLeftIcon />
            {t('returns.list.back')}
          </Group>
        </Anchor>
        {onStartOver && (
          <Button variant="subtle" color="gray" size="xs" onClick={onStartOver}>
            {t('returns.wizard.startOver')}
          </Button>
        )}
      </Group>
      <Stack gap={4}>
        <Title order={1}>{t('returns.wizard.title')}</Title>
        <Text c="dimmed" maw={720}>
          {t('returns.wizard.intro')}
        </Text>
      </Stack>
    </>
  );
}

interface WizardStepperProps {
  state: WizardState;
  steps: WizardStep[];
  current: WizardStep;
  go: (step: WizardStep) => void;
  stepperRef: RefObject<HTMLDivElement | null>;
}

/** The steps of this run; a step already reachable can be clicked. */
export function WizardStepper({ state, steps, current, go, stepperRef }: WizardStepperProps) {
  const { t } = useTranslation();
  return (
    <Stepper
      ref={stepperRef}
      active={steps.indexOf(current)}
      onStepClick={(i) => {
        const step = steps[i];
        if (step && isReachable(step, state)) go(step);
      }}
      allowNextStepsSelect={false}
      size="sm"
      aria-label={t('returns.wizard.stepsLabel')}
    >
      {steps.map((step) => (
        <Stepper.Step
          key={step}
          label={t(`returns.wizard.steps.${step}`)}
          aria-current={step === current ? 'step' : undefined}
        />
      ))}
    </Stepper>
  );
}
