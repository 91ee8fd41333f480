import { sofiaDate } from '@mera/calendar';
import { evaluateRules } from '../catalogue/index.ts';
import { nextPeriodicInspection } from '../deadlines/index.ts';
import { commissionedServices, followUps, latestChecks } from './read-model.ts';
import { csvDocument } from '../../shared/csv.ts';
import { serviceTypeName } from '../../shared/service-type.ts';
import type { TenantContext } from '../../shared/context.ts';

export interface OversightFilters {
  pluginCode?: string | undefined;
  providerTenantId?: string | undefined;
  /**
   * `attention`: at least one rule not met; `ok`: none; `overdue`: something late — the analysis not received, the
   * programme not reviewed, the on-site inspection or a prescription past its deadline.
   */
  status?: 'attention' | 'ok' | 'overdue' | undefined;
  /** `address`: by settlement, then address — the list by address; default: by service name. */
  sort?: 'name' | 'address' | undefined;
}

/**
 * How long a submitted quality programme may wait for the municipality's decision before the dashboard flags it.
 * The Ordinance sets no term for the agreement of art. 16(2) and 20(2); Mera uses 30 days, the general term for
 * an administrative body's answer (art. 57(5) АПК allows one month for complex cases).
 */
export const PROGRAMME_REVIEW_DAYS = 30;

export interface OversightRow {
  serviceId: string;
  serviceName: string;
  providerTenantId: string;
  providerName: string;
  providerEik: string;
  pluginCode: string;
  variantKey: string;
  serviceType: string;
  address: string | null;
  municipality: string | null;
  capacity: number | null;
  currentUsers: number | null;
  contractBasis: string;
  contractEndsOn: string;
  rulesFailed: number;
  rulesUnknown: number;
  rulesPassed: number;
  failedRules: string[];
  /** The provider's latest completed check of the service (periodic or self-assessment), and its score. */
  latestCheckOn: string | null;
  latestScore: number | null;
  /** The latest semi-annual analysis the provider submitted for the service (art. 25(1)). */
  lastAnalysisOn: string | null;
  /** No submitted analysis covers the half-year that ended last, while the contract was in force. */
  analysisOverdue: boolean;
  /** The oldest programme of the service still waiting for this municipality's decision: when it was submitted. */
  programmeWaitingSince: string | null;
  /** That programme has waited more than PROGRAMME_REVIEW_DAYS days. */
  programmeNotReviewed: boolean;
  /** When this municipality last agreed a programme of the service or asked for changes. */
  lastProgrammeDecisionOn: string | null;
  /** The day this municipality's last signed inspection of the service ended (art. 30–33). */
  lastInspectionOn: string | null;
  /** The next periodic inspection is due by (two years after the last, or after the contract began; art. 30(2)). */
  inspectionDueBy: string;
  /** The inspection is overdue and none is ordered. */
  inspectionOverdue: boolean;
  /** Prescriptions of signed inspection reports past their deadline and not recorded as fulfilled. */
  prescriptionsOverdue: number;
}

/**
 * Every service the municipality commissions under a contract in force, with what it can see of it now: the
 * Ordinance's rules evaluated on the provider's facts. Row-level security decides what is visible — this code
 * only reads what the policies let through (`commissioned_read`).
 */
export async function oversightRows(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'plugins'>,
  filters: OversightFilters,
  locale: 'bg' | 'en' | 'uk',
): Promise<OversightRow[]> {
  const today = sofiaDate(new Date());
  const year = Number(today.slice(0, 4));
  // The half-year that ended last: its analysis is due (art. 25(1), "at least once every six months").
  const lastHalfEnd = today > `${year}-06-30` ? `${year}-06-30` : `${year - 1}-12-31`;
  // A fixed number of statements, however many services (issue 15): see read-model.ts.
  const services = await commissionedServices(ctx);
  const checks = await latestChecks(ctx, services);
  const followUp = await followUps(ctx, services, {
    today,
    lastHalfEnd,
    reviewDays: PROGRAMME_REVIEW_DAYS,
  });
  const rows: OversightRow[] = services.map((service) => {
    const plugin = ctx.plugins.list.find((p) => p.code === service.plugin_code);
    // The Ordinance's rules on the facts the municipality can see (as the service's own page evaluates them).
    const rules =
      (plugin &&
        evaluateRules(plugin, service.variant_key, {
          capacity: service.capacity ?? null,
          currentUsers: service.current_users ?? null,
        })) ??
      [];
    const count = (status: string) => rules.filter((r) => r.status === status).length;
    const latest = checks.get(service.id);
    const seen = followUp.get(service.id);
    const contractStart = String(service.starts_on).slice(0, 10);
    const inspectionDueBy = nextPeriodicInspection(seen?.lastInspectionOn ?? null, contractStart);
    return {
      serviceId: service.id,
      serviceName: service.name,
      providerTenantId: service.tenant_id,
      providerName: service.legal_name ?? '',
      providerEik: service.eik ?? '',
      pluginCode: service.plugin_code,
      variantKey: service.variant_key,
      serviceType: serviceTypeName(plugin, service.variant_key, locale, service.plugin_code),
      address: service.address ?? null,
      municipality: service.municipality ?? null,
      capacity: service.capacity ?? null,
      currentUsers: service.current_users ?? null,
      contractBasis: service.basis,
      contractEndsOn: String(service.ends_on).slice(0, 10),
      rulesFailed: count('fail'),
      rulesUnknown: count('warning'),
      rulesPassed: count('pass'),
      failedRules: rules.filter((r) => r.status === 'fail').map((r) => r.message[locale]),
      latestCheckOn: latest ? sofiaDate(new Date(latest.completedAt)) : null,
      latestScore: latest?.score ?? null,
      lastAnalysisOn: seen?.analysisAt ? sofiaDate(new Date(seen.analysisAt)) : null,
      analysisOverdue: contractStart <= lastHalfEnd && !seen?.analysisCovered,
      programmeWaitingSince: seen?.programmeWaitingSince
        ? sofiaDate(new Date(seen.programmeWaitingSince))
        : null,
      programmeNotReviewed: seen?.programmeOverdue ?? false,
      lastProgrammeDecisionOn: seen?.lastProgrammeDecision
        ? sofiaDate(new Date(seen.lastProgrammeDecision))
        : null,
      lastInspectionOn: seen?.lastInspectionOn ?? null,
      inspectionDueBy,
      inspectionOverdue: inspectionDueBy < today && !seen?.inspectionOpen,
      prescriptionsOverdue: seen?.overduePrescriptions ?? 0,
    };
  });
  if (filters.sort === 'address') {
    const collator = new Intl.Collator('bg', { numeric: true });
    rows.sort(
      (a, b) =>
        collator.compare(a.municipality ?? '\uffff', b.municipality ?? '\uffff') ||
        collator.compare(a.address ?? '\uffff', b.address ?? '\uffff') ||
        collator.compare(a.serviceName, b.serviceName),
    );
  }
  return rows.filter(
    (row) =>
      (!filters.pluginCode || row.pluginCode === filters.pluginCode) &&
      (!filters.providerTenantId || row.providerTenantId === filters.providerTenantId) &&
      (!filters.status ||
        (filters.status === 'overdue'
          ? isOverdue(row)
          : filters.status === 'attention'
            ? row.rulesFailed > 0
            : row.rulesFailed === 0)),
  );
}

/** Something the provider or the municipality owes is late. */
export const isOverdue = (row: OversightRow) =>
  row.analysisOverdue || row.programmeNotReviewed || row.inspectionOverdue || row.prescriptionsOverdue > 0;

const HEADINGS: Record<'bg' | 'en' | 'uk', Record<keyof OversightRow, string>> = {
  bg: {
    serviceId: 'Идентификатор',
    serviceName: 'Услуга',
    providerTenantId: 'Идентификатор на доставчика',
    providerName: 'Доставчик',
    providerEik: 'ЕИК',
    pluginCode: 'Код на вида',
    variantKey: 'Вариант',
    serviceType: 'Вид услуга',
    address: 'Адрес',
    municipality: 'Община',
    capacity: 'Капацитет',
    currentUsers: 'Потребители',
    contractBasis: 'Договор',
    contractEndsOn: 'Договор до',
    rulesFailed: 'Неизпълнени изисквания',
    rulesUnknown: 'Без данни',
    rulesPassed: 'Изпълнени изисквания',
    failedRules: 'Кои изисквания не са изпълнени',
    latestCheckOn: 'Последна проверка',
    latestScore: 'Оценка от последната проверка',
    lastAnalysisOn: 'Последен анализ',
    analysisOverdue: 'Липсва анализ за изтеклото полугодие',
    programmeWaitingSince: 'Програма чака решение от',
    programmeNotReviewed: 'Програмата чака решение над 30 дни',
    lastProgrammeDecisionOn: 'Последно решение по програма',
    lastInspectionOn: 'Последна проверка на място',
    inspectionDueBy: 'Следваща проверка — до',
    inspectionOverdue: 'Просрочена проверка на място',
    prescriptionsOverdue: 'Просрочени предписания',
  },
  en: {
    serviceId: 'Id',
    serviceName: 'Service',
    providerTenantId: 'Provider id',
    providerName: 'Provider',
    providerEik: 'UIC',
    pluginCode: 'Type code',
    variantKey: 'Variant',
    serviceType: 'Type of service',
    address: 'Address',
    municipality: 'Municipality',
    capacity: 'Capacity',
    currentUsers: 'Users',
    contractBasis: 'Contract',
    contractEndsOn: 'Contract until',
    rulesFailed: 'Requirements not met',
    rulesUnknown: 'Without data',
    rulesPassed: 'Requirements met',
    failedRules: 'Which requirements are not met',
    latestCheckOn: 'Latest check',
    latestScore: 'Score of the latest check',
    lastAnalysisOn: 'Latest analysis',
    analysisOverdue: 'Analysis for the last half-year missing',
    programmeWaitingSince: 'Programme waiting since',
    programmeNotReviewed: 'Programme not reviewed for over 30 days',
    lastProgrammeDecisionOn: 'Last programme decision',
    lastInspectionOn: 'Last on-site inspection',
    inspectionDueBy: 'Next inspection due by',
    inspectionOverdue: 'On-site inspection overdue',
    prescriptionsOverdue: 'Prescriptions past deadline',
  },
  uk: {
    serviceId: 'Ідентифікатор',
    serviceName: 'Послуга',
    providerTenantId: 'Ідентифікатор надавача',
    providerName: 'Надавач',
    providerEik: 'ЄІК',
    pluginCode: 'Код виду',
    variantKey: 'Варіант',
    serviceType: 'Вид послуги',
    address: 'Адреса',
    municipality: 'Громада',
    capacity: 'Місткість',
    currentUsers: 'Користувачі',
    contractBasis: 'Договір',
    contractEndsOn: 'Договір до',
    rulesFailed: 'Невиконані вимоги',
    rulesUnknown: 'Без даних',
    rulesPassed: 'Виконані вимоги',
    failedRules: 'Які вимоги не виконано',
    latestCheckOn: 'Остання перевірка',
    latestScore: 'Оцінка останньої перевірки',
    lastAnalysisOn: 'Останній аналіз',
    analysisOverdue: 'Немає аналізу за минуле півріччя',
    programmeWaitingSince: 'Програма чекає рішення з',
    programmeNotReviewed: 'Програма чекає рішення понад 30 днів',
    lastProgrammeDecisionOn: 'Останнє рішення щодо програми',
    lastInspectionOn: 'Остання перевірка на місці',
    inspectionDueBy: 'Наступна перевірка — до',
    inspectionOverdue: 'Перевірку на місці прострочено',
    prescriptionsOverdue: 'Прострочені приписи',
  },
};

const COLUMNS: (keyof OversightRow)[] = [
  'serviceName',
  'providerName',
  'providerEik',
  'serviceType',
  'municipality',
  'address',
  'capacity',
  'currentUsers',
  'contractBasis',
  'contractEndsOn',
  'rulesFailed',
  'rulesUnknown',
  'rulesPassed',
  'failedRules',
  'latestCheckOn',
  'latestScore',
  'lastAnalysisOn',
  'analysisOverdue',
  'programmeWaitingSince',
  'programmeNotReviewed',
  'lastProgrammeDecisionOn',
  'lastInspectionOn',
  'inspectionDueBy',
  'inspectionOverdue',
  'prescriptionsOverdue',
];

const cell = (value: OversightRow[keyof OversightRow]) =>
  Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? (value ? '✔' : '') : value;

/** The dashboard as CSV (the shared writer: formula-looking cells are neutralised, issue 12.6). */
export function oversightCsv(rows: OversightRow[], locale: 'bg' | 'en' | 'uk'): string {
  return csvDocument(
    COLUMNS.map((c) => HEADINGS[locale][c]),
    rows.map((row) => COLUMNS.map((c) => cell(row[c]))),
  );
}

export async function oversightXlsx(rows: OversightRow[], locale: 'bg' | 'en' | 'uk'): Promise<Buffer> {
  // exceljs loads on the first export, not at start (issue 15: memory of an idle API).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mera';
  const sheet = workbook.addWorksheet(locale === 'bg' ? 'Услуги' : locale === 'uk' ? 'Послуги' : 'Services', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    header: HEADINGS[locale][c],
    key: c,
    width: c === 'failedRules' ? 60 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c, cell(row[c])])));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
