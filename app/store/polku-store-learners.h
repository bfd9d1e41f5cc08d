/* polku-store-learners.h: learners and their individual pathways: workshop
 * periods, consents, the pathway plan (units, planned tasks), guidance and
 * support, check-ins, competence identification and skills demonstrations.
 *
 * Every edit is one transaction, emits PolkuStore::changed with "learners" after
 * the commit and, when it fails, leaves the database as it was. Free text is
 * trimmed and an empty optional text is stored as NULL. Dates are ISO
 * "YYYY-MM-DD", timestamps ISO UTC. Ids of optional references are 0 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-workshop.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_LEARNER_STATUS_VALMENTAUTUJA,   /* a trainee, not (yet) a student */
  POLKU_LEARNER_STATUS_OPISKELIJA,      /* a student of an education provider */
} PolkuLearnerStatus;

/* What the learner list shows. */
typedef enum
{
  POLKU_LEARNER_SHOW_ACTIVE,
  POLKU_LEARNER_SHOW_ARCHIVED,
  POLKU_LEARNER_SHOW_ALL,
} PolkuLearnerShow;

/* A workshop period (pajajakso): as a trainee, or a student's jakso under an
 * osaamisenhankkimistapa (koulutussopimus, oppisopimus). */
typedef enum
{
  POLKU_PERIOD_KIND_TRAINEE,
  POLKU_PERIOD_KIND_KOULUTUSSOPIMUS,
  POLKU_PERIOD_KIND_OPPISOPIMUS,
} PolkuPeriodKind;

typedef enum
{
  POLKU_SUPPORT_KIND_GUIDANCE,          /* ohjaus */
  POLKU_SUPPORT_KIND_SUPPORT,           /* tuki */
} PolkuSupportKind;

/* Where identifying one requirement stands. RECOGNISED is reached only through
 * the education provider's decision (polku_store_record_teacher_decision). */
typedef enum
{
  POLKU_COMPETENCE_NOT_STARTED,
  POLKU_COMPETENCE_PRACTISING,
  POLKU_COMPETENCE_IDENTIFIED,          /* identified at the workshop */
  POLKU_COMPETENCE_DEMONSTRATED,
  POLKU_COMPETENCE_RECOGNISED,          /* recognised by the education provider */
} PolkuCompetenceStatus;

typedef enum
{
  POLKU_TEACHER_DECISION_NONE,
  POLKU_TEACHER_DECISION_RECOGNISED,
  POLKU_TEACHER_DECISION_NOT_RECOGNISED,
  POLKU_TEACHER_DECISION_MORE_EVIDENCE,
} PolkuTeacherDecision;

typedef enum
{
  POLKU_DEMONSTRATION_PLANNED,
  POLKU_DEMONSTRATION_COMPLETED,
  POLKU_DEMONSTRATION_CANCELLED,
} PolkuDemonstrationState;

typedef enum
{
  POLKU_OUTCOME_PENDING,
  POLKU_OUTCOME_PASSED,
  POLKU_OUTCOME_FAILED,
} PolkuDemonstrationOutcome;

/* tyoelama-osaamisen-arvioijat / koulutuksen-jarjestaja-osaamisen-arvioijat */
typedef enum
{
  POLKU_ASSESSOR_WORKING_LIFE,
  POLKU_ASSESSOR_PROVIDER,
} PolkuAssessorSide;

GType polku_learner_status_get_type          (void) G_GNUC_CONST;
GType polku_learner_show_get_type            (void) G_GNUC_CONST;
GType polku_period_kind_get_type             (void) G_GNUC_CONST;
GType polku_support_kind_get_type            (void) G_GNUC_CONST;
GType polku_competence_status_get_type       (void) G_GNUC_CONST;
GType polku_teacher_decision_get_type        (void) G_GNUC_CONST;
GType polku_demonstration_state_get_type     (void) G_GNUC_CONST;
GType polku_demonstration_outcome_get_type   (void) G_GNUC_CONST;
GType polku_assessor_side_get_type           (void) G_GNUC_CONST;

#define POLKU_TYPE_LEARNER_STATUS          (polku_learner_status_get_type ())
#define POLKU_TYPE_LEARNER_SHOW            (polku_learner_show_get_type ())
#define POLKU_TYPE_PERIOD_KIND             (polku_period_kind_get_type ())
#define POLKU_TYPE_SUPPORT_KIND            (polku_support_kind_get_type ())
#define POLKU_TYPE_COMPETENCE_STATUS       (polku_competence_status_get_type ())
#define POLKU_TYPE_TEACHER_DECISION        (polku_teacher_decision_get_type ())
#define POLKU_TYPE_DEMONSTRATION_STATE     (polku_demonstration_state_get_type ())
#define POLKU_TYPE_DEMONSTRATION_OUTCOME   (polku_demonstration_outcome_get_type ())
#define POLKU_TYPE_ASSESSOR_SIDE           (polku_assessor_side_get_type ())

/* Code lists (koodisto) seeded by the schema. */
#define POLKU_KOODISTO_URASUUNNITELMA          "urasuunnitelma"
#define POLKU_KOODISTO_HANKKIMISTAPA           "osaamisenhankkimistapa"
#define POLKU_KOODISTO_SUORITUSPAIKKA          "ammatillisennaytonsuorituspaikka"
#define POLKU_KOODISTO_ASSESSOR_ROLE           "ammatillisennaytonarvioinnistapaattaneet"
#define POLKU_KOODISTO_DISCUSSION_PARTICIPANT  "ammatillisennaytonarviointikeskusteluunosallistuneet"

typedef struct
{
  char *koodi_uri;
  char *koodisto;
  char *arvo;
  int   versio;
  char *nimi_fi;
  char *nimi_sv;
  char *nimi_en;
  int   ord;
} PolkuCodeRecord;

typedef struct
{
  gint64              learner_id;
  char               *first_names;
  char               *last_name;
  char               *preferred_name;   /* kutsumanimi */
  char               *email;
  char               *phone;
  PolkuLearnerStatus  status;
  char               *coach;
  gint64              workshop_id;
  gint64              provider_id;      /* a student's education provider */
  char               *student_number;
  char               *urasuunnitelma;   /* koodi_uri urasuunnitelma_000N, or NULL */
  gboolean            special_support;
  char               *support_measures; /* the measures that help; never diagnoses */
  char               *notes;
  gboolean            archived;
  char               *archived_on;
  char               *created_at;
  char               *updated_at;
  /* Out (read only, from one query for the whole list) */
  char               *workshop_name;
  char               *provider_name;
  gint64              peruste_id;       /* the plan's target, 0 when none */
  char               *peruste_nimi_fi;
  char               *peruste_nimi_sv;
  guint               n_plan_units;
  guint               n_identified;     /* requirements identified, demonstrated or recognised */
  int                 period_kind;      /* the latest period's PolkuPeriodKind, -1 when none */
  char               *period_starts_on;
  char               *period_ends_on;
  char               *next_demonstration_on; /* the first planned demonstration from today on */
} PolkuLearnerRecord;

/* What polku_store_list_learners returns; every member is optional. */
typedef struct
{
  PolkuLearnerShow  show;
  const char       *query;          /* words that must all appear in the names (case-insensitive) */
  const char       *coach;          /* NULL: any; "": no coach */
  int               status;         /* -1: any; else a PolkuLearnerStatus */
  gint64            workshop_id;    /* 0: any; -1: none */
} PolkuLearnerFilter;

#define POLKU_LEARNER_FILTER_INIT { POLKU_LEARNER_SHOW_ACTIVE, NULL, NULL, -1, 0 }

typedef struct
{
  gint64           period_id;
  gint64           learner_id;
  PolkuPeriodKind  kind;
  gint64           workshop_id;
  gint64           provider_id;
  gint64           agreement_id;
  char            *starts_on;       /* required */
  char            *ends_on;
  int              part_time_percent; /* 1–100, 0: not given */
  char            *supervisor;      /* vastuullinen työpaikkaohjaaja */
  char            *main_tasks;      /* keskeiset työtehtävät, one per line */
  char            *note;
  char            *created_at;
  char            *updated_at;
  /* Out */
  char            *workshop_name;
  char            *provider_name;
  char            *agreement_title;
} PolkuPeriodRecord;

typedef struct
{
  gint64  consent_id;
  gint64  learner_id;
  gint64  provider_id;              /* the provider, or 0 with recipient set */
  char   *recipient;
  char   *given_on;                 /* required */
  char   *scope;                    /* required: what may be shared */
  char   *withdrawn_on;
  char   *note;
  char   *created_at;
  char   *updated_at;
  /* Out */
  char   *provider_name;
} PolkuConsentRecord;

typedef struct
{
  gint64            measure_id;
  gint64            learner_id;
  PolkuSupportKind  kind;
  char             *description;    /* required */
  char             *responsible;
  char             *starts_on;
  char             *ends_on;
  int               ord;
  char             *created_at;
  char             *updated_at;
} PolkuSupportRecord;

typedef struct
{
  gint64  checkin_id;
  gint64  learner_id;
  char   *held_on;                  /* required */
  char   *participants;
  char   *record;
  char   *next_on;
  char   *created_at;
  char   *updated_at;
} PolkuCheckinRecord;

typedef struct
{
  gint64  plan_id;                  /* 0 until the plan is first saved */
  gint64  learner_id;
  char   *goal;                     /* in the learner's own words */
  gint64  peruste_id;               /* qualification, TUVA or TELMA; 0: not chosen */
  char   *suoritustapa;             /* reformi | ops | naytto */
  char   *osaamisala_uri;
  char   *tutkintonimike_uri;
  char   *starts_on;
  char   *ends_on;
  char   *created_at;
  char   *updated_at;
  /* Out */
  char   *diaarinumero;
  char   *peruste_nimi_fi;
  char   *peruste_nimi_sv;
  char   *koulutustyyppi;
  char   *laajuus_yksikko;
} PolkuPlanRecord;

typedef struct
{
  gint64    task_id;
  gint64    workshop_id;
  char     *title;
  gboolean  active;
  int       ord;
} PolkuPlannedTaskRecord;

typedef struct
{
  gint64     plan_unit_id;
  gint64     plan_id;
  gint64     learner_id;
  gint64     unit_id;
  char      *group_path;            /* the structure group it counts in, or NULL: where the structure has it */
  double     credits;               /* < 0: the structure's */
  char      *starts_on;             /* the planned period */
  char      *ends_on;
  char      *deviations;            /* vaatimuksista tai tavoitteista poikkeaminen */
  char      *note;
  int        ord;
  /* Out */
  char      *koodi_uri;
  char      *koodi_arvo;
  char      *nimi_fi;
  char      *nimi_sv;
  char      *kind;                  /* tutkinnon_osa | koulutuksen_osa */
  int        scale_id;
  gboolean   retired;
  gint64     peruste_id;            /* the unit's own peruste */
  char      *diaarinumero;
  double     unit_credits;          /* the unit's credits in its own peruste (smallest), < 0: not known */
  GArray    *osa_alue_ids;          /* gint64: the chosen osa-alueet of a common unit (none: all) */
  GPtrArray *tasks;                 /* PolkuPlannedTaskRecord, in order */
} PolkuPlanUnitRecord;

/* The progress of one chosen unit. Requirements count when not retired; a
 * common unit counts its chosen osa-alueet (all when none is chosen), and
 * optional objectives only once they have been worked on. */
typedef struct
{
  gint64    unit_id;
  guint     n_total;
  guint     n_practising;
  guint     n_identified;           /* identified, demonstrated or recognised */
  guint     n_demonstrated;         /* demonstrated or recognised */
  guint     n_recognised;
  gboolean  complete;               /* every requirement identified (or further) */
} PolkuUnitProgressRecord;

/* A workshop task that covers requirements of a unit, as a suggestion. */
typedef struct
{
  gint64    task_id;
  gint64    workshop_id;
  char     *title;
  guint     n_covered;              /* of the unit's requirements */
  GArray   *requirement_ids;        /* gint64 */
  gboolean  planned;                /* already planned for this learner's unit */
} PolkuSuggestedTaskRecord;

typedef struct
{
  gint64     unit_id;
  gint64     workshop_id;
  guint      n_requirements;
  GPtrArray *tasks;                 /* PolkuSuggestedTaskRecord, most covering first */
  GPtrArray *uncovered;             /* PolkuCoverageRowRecord: what no task covers */
} PolkuTaskSuggestionRecord;

/* What a pathway timeline draws: periods, planned units, check-ins and
 * demonstrations, each with its dates. */
typedef enum
{
  POLKU_TIMELINE_PERIOD,
  POLKU_TIMELINE_UNIT,
  POLKU_TIMELINE_CHECKIN,
  POLKU_TIMELINE_DEMONSTRATION,
} PolkuTimelineKind;

typedef struct
{
  PolkuTimelineKind  kind;
  gint64             id;          /* period_id, plan_unit_id, checkin_id or demonstration_id */
  char              *starts_on;   /* NULL when not planned yet */
  char              *ends_on;     /* NULL: a single day (check-ins) or open */
  char              *title_fi;    /* period kind code, unit name, check-in record, demonstration units */
  char              *title_sv;
  int                state;       /* PolkuPeriodKind, progress 0–100 of a unit, or PolkuDemonstrationState */
} PolkuTimelineRecord;

/* One requirement (or osa-alue objective) of a unit with the learner's record
 * of it; competence_id is 0 while nothing has been recorded. */
typedef struct
{
  gint64                 competence_id;
  gint64                 learner_id;
  gint64                 requirement_id;
  PolkuCompetenceStatus  status;
  char                  *own_view;
  char                  *observation;
  int                    level_id;        /* 0: none */
  char                  *shown_on;
  char                  *evidence;
  char                  *observed_by;
  PolkuTeacherDecision   teacher_decision;
  char                  *teacher_comment;
  char                  *teacher_name;
  char                  *teacher_organisation;
  char                  *decided_on;
  char                  *created_at;
  char                  *updated_at;
  GArray                *task_ids;        /* gint64 */
  GPtrArray             *task_titles;     /* char*, in the same order */
  /* The requirement */
  gint64                 unit_id;
  gint64                 osa_alue_id;
  char                  *osa_alue_nimi_fi;
  char                  *osa_alue_nimi_sv;
  char                  *objective_kind;  /* pakollinen | valinnainen | NULL */
  char                  *kohdealue_fi;
  char                  *kohdealue_sv;
  int                    kohdealue_ord;
  int                    ord;
  int                    depth;
  char                  *text_fi;
  char                  *text_sv;
  char                  *koodi_uri;
  gboolean               retired;
} PolkuCompetenceRecord;

/* Which members of a PolkuCompetenceEdit to write. */
typedef enum
{
  POLKU_COMPETENCE_FIELD_STATUS      = 1 << 0,
  POLKU_COMPETENCE_FIELD_LEVEL       = 1 << 1,
  POLKU_COMPETENCE_FIELD_OWN_VIEW    = 1 << 2,
  POLKU_COMPETENCE_FIELD_OBSERVATION = 1 << 3,
  POLKU_COMPETENCE_FIELD_SHOWN_ON    = 1 << 4,
  POLKU_COMPETENCE_FIELD_EVIDENCE    = 1 << 5,
  POLKU_COMPETENCE_FIELD_OBSERVED_BY = 1 << 6,
  POLKU_COMPETENCE_FIELD_TASKS       = 1 << 7,
} PolkuCompetenceFields;

/* An edit of one or more competence records (input; borrowed). */
typedef struct
{
  PolkuCompetenceFields  fields;
  PolkuCompetenceStatus  status;
  int                    level_id;        /* 0: none */
  const char            *own_view;
  const char            *observation;
  const char            *shown_on;
  const char            *evidence;
  const char            *observed_by;
  const gint64          *task_ids;
  guint                  n_task_ids;
} PolkuCompetenceEdit;

typedef struct
{
  gint64                 history_id;
  char                  *changed_at;
  int                    old_status;      /* PolkuCompetenceStatus, -1: none (created) */
  PolkuCompetenceStatus  new_status;
  int                    old_level_id;    /* 0: none */
  int                    new_level_id;
} PolkuCompetenceHistoryRecord;

typedef struct
{
  gint64                     demonstration_unit_id;
  gint64                     unit_id;
  gint64                     osa_alue_id;   /* 0: the whole unit */
  PolkuDemonstrationOutcome  outcome;
  int                        level_id;      /* the grade, 0: none */
  char                      *assessed_on;
  int                        ord;
  /* Out */
  char                      *koodi_uri;
  char                      *koodi_arvo;
  char                      *nimi_fi;
  char                      *nimi_sv;
  char                      *osa_alue_koodi_uri;
  char                      *osa_alue_nimi_fi;
  char                      *osa_alue_nimi_sv;
  int                        scale_id;
} PolkuDemonstrationUnitRecord;

typedef struct
{
  gint64             assessor_id;
  gint64             demonstration_id;
  PolkuAssessorSide  side;
  char              *name;            /* required */
  char              *organisation;
  char              *business_id;     /* working life: the Y-tunnus */
  gint64             provider_id;     /* education provider side */
  char              *role;            /* koodi_uri ammatillisennaytonarvioinnistapaattaneet_N, or NULL */
  int                ord;
} PolkuAssessorRecord;

/* An individual assessment criterion (yksilöllinen arviointikriteeri). */
typedef struct
{
  gint64  criterion_id;
  gint64  demonstration_id;
  gint64  requirement_id;             /* 0: not tied to one */
  char   *text;
  int     ord;
} PolkuIndividualCriterionRecord;

typedef struct
{
  gint64                   demonstration_id;
  gint64                   learner_id;
  PolkuDemonstrationState  state;
  gint64                   provider_id;
  gint64                   workshop_id;
  char                    *starts_on;
  char                    *ends_on;
  char                    *environment_name;
  char                    *environment_business_id;
  char                    *environment_description;
  char                    *content;   /* work situations, one per line */
  char                    *place;     /* koodi_uri ammatillisennaytonsuorituspaikka_N, or NULL */
  char                    *deviations;
  char                    *assessment_discussion_on;
  char                    *notes;
  char                    *created_at;
  char                    *updated_at;
  /* Out (read with the demonstration; edited by their own calls) */
  char                    *provider_name;
  char                    *workshop_name;
  GPtrArray               *units;         /* PolkuDemonstrationUnitRecord */
  GPtrArray               *assessors;     /* PolkuAssessorRecord */
  GPtrArray               *criteria;      /* PolkuIndividualCriterionRecord */
  GPtrArray               *participants;  /* char*: koodi_uri of each discussion participant */
} PolkuDemonstrationRecord;

void polku_code_record_free                 (PolkuCodeRecord                *record);
void polku_learner_record_free              (PolkuLearnerRecord             *record);
void polku_period_record_free               (PolkuPeriodRecord              *record);
void polku_consent_record_free              (PolkuConsentRecord             *record);
void polku_support_record_free              (PolkuSupportRecord             *record);
void polku_checkin_record_free              (PolkuCheckinRecord             *record);
void polku_plan_record_free                 (PolkuPlanRecord                *record);
void polku_planned_task_record_free         (PolkuPlannedTaskRecord         *record);
void polku_plan_unit_record_free            (PolkuPlanUnitRecord            *record);
void polku_unit_progress_record_free        (PolkuUnitProgressRecord        *record);
void polku_suggested_task_record_free       (PolkuSuggestedTaskRecord       *record);
void polku_task_suggestion_record_free      (PolkuTaskSuggestionRecord      *record);
void polku_competence_record_free           (PolkuCompetenceRecord          *record);
void polku_competence_history_record_free   (PolkuCompetenceHistoryRecord   *record);
void polku_demonstration_unit_record_free   (PolkuDemonstrationUnitRecord   *record);
void polku_assessor_record_free             (PolkuAssessorRecord            *record);
void polku_individual_criterion_record_free (PolkuIndividualCriterionRecord *record);
void polku_demonstration_record_free        (PolkuDemonstrationRecord       *record);
void polku_timeline_record_free             (PolkuTimelineRecord            *record);

PolkuLearnerRecord       *polku_learner_record_copy       (const PolkuLearnerRecord       *record);
PolkuPeriodRecord        *polku_period_record_copy        (const PolkuPeriodRecord        *record);
PolkuConsentRecord       *polku_consent_record_copy       (const PolkuConsentRecord       *record);
PolkuSupportRecord       *polku_support_record_copy       (const PolkuSupportRecord       *record);
PolkuCheckinRecord       *polku_checkin_record_copy       (const PolkuCheckinRecord       *record);
PolkuPlanRecord          *polku_plan_record_copy          (const PolkuPlanRecord          *record);
PolkuPlanUnitRecord      *polku_plan_unit_record_copy     (const PolkuPlanUnitRecord      *record);
PolkuCompetenceRecord    *polku_competence_record_copy    (const PolkuCompetenceRecord    *record);
PolkuAssessorRecord      *polku_assessor_record_copy      (const PolkuAssessorRecord      *record);
PolkuDemonstrationRecord *polku_demonstration_record_copy (const PolkuDemonstrationRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCodeRecord, polku_code_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuLearnerRecord, polku_learner_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPeriodRecord, polku_period_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuConsentRecord, polku_consent_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuSupportRecord, polku_support_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCheckinRecord, polku_checkin_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPlanRecord, polku_plan_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPlannedTaskRecord, polku_planned_task_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPlanUnitRecord, polku_plan_unit_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuUnitProgressRecord, polku_unit_progress_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuSuggestedTaskRecord, polku_suggested_task_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuTaskSuggestionRecord, polku_task_suggestion_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCompetenceRecord, polku_competence_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCompetenceHistoryRecord, polku_competence_history_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuDemonstrationUnitRecord, polku_demonstration_unit_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuAssessorRecord, polku_assessor_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuIndividualCriterionRecord, polku_individual_criterion_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuDemonstrationRecord, polku_demonstration_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuTimelineRecord, polku_timeline_record_free)

/* Pure helpers (no database) */

const char *polku_learner_status_to_string    (PolkuLearnerStatus     status);
gboolean    polku_learner_status_from_string  (const char            *text,
                                               PolkuLearnerStatus    *out_status);
const char *polku_learner_status_get_label    (PolkuLearnerStatus     status);
const char *polku_period_kind_to_string       (PolkuPeriodKind        kind);
gboolean    polku_period_kind_from_string     (const char            *text,
                                               PolkuPeriodKind       *out_kind);
const char *polku_period_kind_get_koodi_uri   (PolkuPeriodKind        kind);
const char *polku_period_kind_get_label       (PolkuPeriodKind        kind);
const char *polku_support_kind_get_label      (PolkuSupportKind       kind);
const char *polku_competence_status_to_string (PolkuCompetenceStatus  status);
gboolean    polku_competence_status_from_string (const char          *text,
                                               PolkuCompetenceStatus *out_status);
const char *polku_competence_status_get_label (PolkuCompetenceStatus  status);
gboolean    polku_competence_status_can_change (PolkuCompetenceStatus from,
                                               PolkuCompetenceStatus  to);
gboolean    polku_competence_status_counts_identified (PolkuCompetenceStatus status);
const char *polku_teacher_decision_get_label  (PolkuTeacherDecision   decision);
const char *polku_demonstration_state_get_label (PolkuDemonstrationState state);
const char *polku_demonstration_outcome_get_label (PolkuDemonstrationOutcome outcome);
const char *polku_assessor_side_get_label     (PolkuAssessorSide      side);
const char *polku_code_record_get_name        (const PolkuCodeRecord *record,
                                               const char            *language);
char       *polku_learner_record_dup_full_name    (const PolkuLearnerRecord *record);
char       *polku_learner_record_dup_display_name (const PolkuLearnerRecord *record);
char       *polku_learner_record_dup_search_key   (const PolkuLearnerRecord *record);
gboolean    polku_learner_record_matches      (const PolkuLearnerRecord *record,
                                               const PolkuLearnerFilter *filter);
gboolean    polku_learner_search_key_matches  (const char            *search_key,
                                               const char            *query);
gboolean    polku_consent_record_is_active    (const PolkuConsentRecord *record,
                                               const GDate           *today);

/* Code lists */

GPtrArray                *polku_store_list_codes             (PolkuStore   *self,
                                                              const char   *koodisto,
                                                              GError      **error);

/* Learners */

GPtrArray                *polku_store_list_learners          (PolkuStore               *self,
                                                              const PolkuLearnerFilter *filter,
                                                              GError                  **error);
PolkuLearnerRecord       *polku_store_get_learner            (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
gint64                    polku_store_add_learner            (PolkuStore               *self,
                                                              const PolkuLearnerRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_update_learner         (PolkuStore               *self,
                                                              const PolkuLearnerRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_set_learner_archived   (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              gboolean                  archived,
                                                              GError                  **error);
gboolean                  polku_store_erase_learner          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
char                    **polku_store_list_coaches           (PolkuStore               *self,
                                                              GError                  **error);
char                     *polku_store_list_learners_tsv      (PolkuStore               *self,
                                                              GError                  **error);

/* Workshop periods */

GPtrArray                *polku_store_list_periods           (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
PolkuPeriodRecord        *polku_store_get_period             (PolkuStore               *self,
                                                              gint64                    period_id,
                                                              GError                  **error);
gint64                    polku_store_add_period             (PolkuStore               *self,
                                                              const PolkuPeriodRecord  *record,
                                                              GError                  **error);
gboolean                  polku_store_update_period          (PolkuStore               *self,
                                                              const PolkuPeriodRecord  *record,
                                                              GError                  **error);
gboolean                  polku_store_delete_period          (PolkuStore               *self,
                                                              gint64                    period_id,
                                                              GError                  **error);

/* Consents */

GPtrArray                *polku_store_list_consents          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
PolkuConsentRecord       *polku_store_get_consent            (PolkuStore               *self,
                                                              gint64                    consent_id,
                                                              GError                  **error);
gint64                    polku_store_add_consent            (PolkuStore               *self,
                                                              const PolkuConsentRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_update_consent         (PolkuStore               *self,
                                                              const PolkuConsentRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_withdraw_consent       (PolkuStore               *self,
                                                              gint64                    consent_id,
                                                              const char               *withdrawn_on,
                                                              GError                  **error);
gboolean                  polku_store_delete_consent         (PolkuStore               *self,
                                                              gint64                    consent_id,
                                                              GError                  **error);

/* Guidance and support measures */

GPtrArray                *polku_store_list_support          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
gint64                    polku_store_add_support            (PolkuStore               *self,
                                                              const PolkuSupportRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_update_support         (PolkuStore               *self,
                                                              const PolkuSupportRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_delete_support         (PolkuStore               *self,
                                                              gint64                    measure_id,
                                                              GError                  **error);

/* Check-in meetings */

GPtrArray                *polku_store_list_checkins          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
gint64                    polku_store_add_checkin            (PolkuStore               *self,
                                                              const PolkuCheckinRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_update_checkin         (PolkuStore               *self,
                                                              const PolkuCheckinRecord *record,
                                                              GError                  **error);
gboolean                  polku_store_delete_checkin         (PolkuStore               *self,
                                                              gint64                    checkin_id,
                                                              GError                  **error);

/* The pathway plan */

PolkuPlanRecord          *polku_store_get_plan               (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
gboolean                  polku_store_update_plan            (PolkuStore               *self,
                                                              const PolkuPlanRecord    *record,
                                                              GError                  **error);
GPtrArray                *polku_store_list_plan_units        (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
PolkuPlanUnitRecord      *polku_store_get_plan_unit          (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              GError                  **error);
gint64                    polku_store_add_plan_unit          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              gint64                    unit_id,
                                                              GError                  **error);
gboolean                  polku_store_update_plan_unit       (PolkuStore                 *self,
                                                              const PolkuPlanUnitRecord  *record,
                                                              GError                    **error);
gboolean                  polku_store_move_plan_unit         (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              guint                     position,
                                                              GError                  **error);
gboolean                  polku_store_delete_plan_unit       (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              GError                  **error);
gboolean                  polku_store_set_plan_unit_osa_alueet (PolkuStore             *self,
                                                              gint64                    plan_unit_id,
                                                              const gint64             *osa_alue_ids,
                                                              guint                     n_osa_alue_ids,
                                                              GError                  **error);
gboolean                  polku_store_set_plan_unit_tasks    (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              const gint64             *task_ids,
                                                              guint                     n_task_ids,
                                                              GError                  **error);
gboolean                  polku_store_add_plan_unit_task     (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              gint64                    task_id,
                                                              GError                  **error);
gboolean                  polku_store_remove_plan_unit_task  (PolkuStore               *self,
                                                              gint64                    plan_unit_id,
                                                              gint64                    task_id,
                                                              GError                  **error);
PolkuTaskSuggestionRecord *polku_store_suggest_tasks         (PolkuStore               *self,
                                                              gint64                    workshop_id,
                                                              gint64                    unit_id,
                                                              gint64                    learner_id,
                                                              GError                  **error);
GPtrArray                *polku_store_list_plan_progress     (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
GPtrArray                *polku_store_list_timeline          (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);

/* Competence identification */

GPtrArray                *polku_store_list_competences       (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              gint64                    unit_id,
                                                              GError                  **error);
PolkuCompetenceRecord    *polku_store_get_competence         (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              gint64                    requirement_id,
                                                              GError                  **error);
gboolean                  polku_store_edit_competence        (PolkuStore                *self,
                                                              gint64                     learner_id,
                                                              gint64                     requirement_id,
                                                              const PolkuCompetenceEdit *edit,
                                                              GError                   **error);
gboolean                  polku_store_edit_competences       (PolkuStore                *self,
                                                              gint64                     learner_id,
                                                              const gint64              *requirement_ids,
                                                              guint                      n_requirement_ids,
                                                              const PolkuCompetenceEdit *edit,
                                                              GError                   **error);
gboolean                  polku_store_record_teacher_decision (PolkuStore              *self,
                                                              gint64                    learner_id,
                                                              gint64                    requirement_id,
                                                              PolkuTeacherDecision      decision,
                                                              const char               *comment,
                                                              const char               *teacher_name,
                                                              const char               *teacher_organisation,
                                                              const char               *decided_on,
                                                              GError                  **error);
GPtrArray                *polku_store_list_competence_history (PolkuStore              *self,
                                                              gint64                    learner_id,
                                                              gint64                    requirement_id,
                                                              GError                  **error);

/* Skills demonstrations (näytöt) */

GPtrArray                *polku_store_list_demonstrations    (PolkuStore               *self,
                                                              gint64                    learner_id,
                                                              GError                  **error);
PolkuDemonstrationRecord *polku_store_get_demonstration      (PolkuStore               *self,
                                                              gint64                    demonstration_id,
                                                              GError                  **error);
gint64                    polku_store_add_demonstration      (PolkuStore                     *self,
                                                              const PolkuDemonstrationRecord *record,
                                                              GError                        **error);
gboolean                  polku_store_update_demonstration   (PolkuStore                     *self,
                                                              const PolkuDemonstrationRecord *record,
                                                              GError                        **error);
gboolean                  polku_store_delete_demonstration   (PolkuStore               *self,
                                                              gint64                    demonstration_id,
                                                              GError                  **error);
gboolean                  polku_store_set_demonstration_unit (PolkuStore                *self,
                                                              gint64                     demonstration_id,
                                                              gint64                     unit_id,
                                                              gint64                     osa_alue_id,
                                                              PolkuDemonstrationOutcome  outcome,
                                                              int                        level_id,
                                                              const char                *assessed_on,
                                                              GError                   **error);
gboolean                  polku_store_remove_demonstration_unit (PolkuStore             *self,
                                                              gint64                    demonstration_id,
                                                              gint64                    unit_id,
                                                              gint64                    osa_alue_id,
                                                              GError                  **error);
gint64                    polku_store_add_assessor           (PolkuStore                *self,
                                                              const PolkuAssessorRecord *record,
                                                              GError                   **error);
gboolean                  polku_store_update_assessor        (PolkuStore                *self,
                                                              const PolkuAssessorRecord *record,
                                                              GError                   **error);
gboolean                  polku_store_delete_assessor        (PolkuStore               *self,
                                                              gint64                    assessor_id,
                                                              GError                  **error);
gboolean                  polku_store_set_demonstration_participants (PolkuStore        *self,
                                                              gint64                    demonstration_id,
                                                              const char * const       *koodi_uris,
                                                              GError                  **error);
gint64                    polku_store_add_individual_criterion (PolkuStore             *self,
                                                              gint64                    demonstration_id,
                                                              gint64                    requirement_id,
                                                              const char               *text,
                                                              GError                  **error);
gboolean                  polku_store_delete_individual_criterion (PolkuStore          *self,
                                                              gint64                    criterion_id,
                                                              GError                  **error);

G_END_DECLS
