/* polku-store-review.h: the teacher review: competence items waiting for the
 * education provider's decision across learners, the history of every
 * decision, and the explicit reopening of a recognised competence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-store-learners.h"

G_BEGIN_DECLS

/* A competence the teacher decides on, with what they need to see. */
typedef struct
{
  gint64                 competence_id;
  gint64                 learner_id;
  gint64                 requirement_id;
  gint64                 unit_id;
  gint64                 peruste_id;
  gint64                 provider_id;        /* the learner's education provider; 0: none */
  char                  *learner_name;       /* "Preferred Last" or "First Last" */
  char                  *student_number;
  char                  *provider_name;
  char                  *peruste_nimi_fi;
  char                  *peruste_nimi_sv;
  char                  *diaarinumero;
  char                  *unit_nimi_fi;
  char                  *unit_nimi_sv;
  char                  *unit_code;          /* koodi_arvo, e.g. "106945" */
  char                  *osa_alue_nimi_fi;
  char                  *osa_alue_nimi_sv;
  char                  *kohdealue_fi;
  char                  *kohdealue_sv;
  char                  *text_fi;            /* the requirement */
  char                  *text_sv;
  int                    ord;                /* requirement order within its unit */
  PolkuCompetenceStatus  status;
  int                    level_id;           /* 0: none */
  char                  *level_fi;
  char                  *level_sv;
  char                  *own_view;
  char                  *observation;
  char                  *evidence;
  char                  *shown_on;
  char                  *observed_by;
  GPtrArray             *task_titles;        /* char* */
  PolkuTeacherDecision   teacher_decision;
  char                  *teacher_comment;
  char                  *teacher_name;
  char                  *teacher_organisation;
  char                  *decided_on;
} PolkuReviewItemRecord;

typedef struct
{
  gint64   provider_id;      /* 0: any */
  gint64   peruste_id;       /* 0: any */
  gint64   learner_id;       /* 0: any learner not archived; else that learner, archived or not */
  gboolean include_decided;  /* also items already decided (recognised, not recognised) */
} PolkuReviewFilter;

/* One learner's part of the review list (polku_store_list_review_groups()). */
typedef struct
{
  gint64 learner_id;
  guint  n_items;    /* items the filter selects */
  guint  n_waiting;  /* of them, those waiting for a decision */
} PolkuReviewGroup;

/* What happened to a competence in the review. */
typedef enum
{
  POLKU_REVIEW_EVENT_RECOGNISED,
  POLKU_REVIEW_EVENT_NOT_RECOGNISED,
  POLKU_REVIEW_EVENT_MORE_EVIDENCE,
  POLKU_REVIEW_EVENT_REOPENED,
} PolkuReviewEvent;

typedef struct
{
  gint64            decision_id;
  gint64            competence_id;
  gint64            learner_id;
  gint64            requirement_id;
  gint64            unit_id;
  PolkuReviewEvent  event;
  char             *comment;
  char             *teacher_name;          /* who decided, or who reopened */
  char             *teacher_organisation;
  char             *decided_on;            /* YYYY-MM-DD */
  char             *reason;                /* why it was reopened */
  char             *recorded_at;           /* ISO UTC */
  char             *text_fi;               /* the requirement */
  char             *text_sv;
  char             *unit_nimi_fi;
  char             *unit_nimi_sv;
} PolkuDecisionHistoryRecord;

/* A choice for the review filters: a provider, a qualification or a learner
 * that has items in the review. */
typedef struct
{
  gint64  id;
  char   *name;       /* the provider's or learner's name, or the peruste's Finnish name */
  char   *name_sv;    /* the peruste's Swedish name; NULL otherwise */
  guint   n_items;    /* items waiting for a decision */
} PolkuReviewChoice;

void                   polku_review_item_record_free        (PolkuReviewItemRecord      *record);
void                   polku_decision_history_record_free   (PolkuDecisionHistoryRecord *record);
void                   polku_review_choice_free             (PolkuReviewChoice          *choice);

const char            *polku_review_event_to_string         (PolkuReviewEvent            event);
const char            *polku_review_event_get_label         (PolkuReviewEvent            event);

GPtrArray             *polku_store_list_review_items        (PolkuStore                 *self,
                                                             const PolkuReviewFilter    *filter,
                                                             GError                    **error);
GArray                *polku_store_list_review_groups       (PolkuStore                 *self,
                                                             const PolkuReviewFilter    *filter,
                                                             GError                    **error);
gint64                 polku_store_get_competence_learner   (PolkuStore                 *self,
                                                             gint64                      competence_id,
                                                             GError                    **error);
PolkuReviewItemRecord *polku_store_get_review_item          (PolkuStore                 *self,
                                                             gint64                      learner_id,
                                                             gint64                      requirement_id,
                                                             GError                    **error);
GPtrArray             *polku_store_list_review_providers    (PolkuStore                 *self,
                                                             GError                    **error);
GPtrArray             *polku_store_list_review_perusteet    (PolkuStore                 *self,
                                                             GError                    **error);
GPtrArray             *polku_store_list_review_learners     (PolkuStore                 *self,
                                                             GError                    **error);
guint                  polku_store_count_review_waiting     (PolkuStore                 *self,
                                                             GError                    **error);
guint                  polku_store_count_review_waiting_capped (PolkuStore              *self,
                                                             guint                       cap,
                                                             GError                    **error);

gboolean               polku_store_record_teacher_decisions (PolkuStore                 *self,
                                                             gint64                      learner_id,
                                                             const gint64               *requirement_ids,
                                                             guint                       n_requirement_ids,
                                                             PolkuTeacherDecision        decision,
                                                             const char                 *comment,
                                                             const char                 *teacher_name,
                                                             const char                 *teacher_organisation,
                                                             const char                 *decided_on,
                                                             GError                    **error);
gboolean               polku_store_reopen_competence        (PolkuStore                 *self,
                                                             gint64                      learner_id,
                                                             gint64                      requirement_id,
                                                             const char                 *reason,
                                                             const char                 *by,
                                                             GError                    **error);
GPtrArray             *polku_store_list_decision_history    (PolkuStore                 *self,
                                                             gint64                      learner_id,
                                                             gint64                      requirement_id,
                                                             GError                    **error);

/* For polku-store-competence.c: writes one row of the decision history. */
gboolean               _polku_store_review_add_history      (PolkuStore                 *self,
                                                             gint64                      competence_id,
                                                             PolkuReviewEvent            event,
                                                             const char                 *comment,
                                                             const char                 *teacher_name,
                                                             const char                 *teacher_organisation,
                                                             const char                 *decided_on,
                                                             const char                 *reason,
                                                             GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuReviewItemRecord, polku_review_item_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuDecisionHistoryRecord, polku_decision_history_record_free)

G_END_DECLS
