/* polku-credits.h: a plan's units against the structure rules of its
 * qualification ("Mandatory units 60 credits: 35 credits chosen").
 *
 * Pure functions over the structure tree as the store reads it
 * (polku_store_list_structure), so that they can be tested table by table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "polku-catalogue-format.h"
#include "polku-store-catalogue-read.h"

G_BEGIN_DECLS

/* One chosen unit (input; borrowed). */
typedef struct
{
  gint64      unit_id;
  double      credits;          /* < 0: the structure's */
  const char *group_path;       /* the group it counts in; NULL: where the structure has it */
  double      default_credits;  /* used when the structure gives none (a unit from elsewhere); < 0: unknown */
  double      osa_alue_credits; /* > 0: a common unit's chosen osa-alueet, counted instead of the whole
                                 * unit (polku_credit_choice_set_osa_alueet); 0: the whole unit */
} PolkuCreditChoice;

typedef enum
{
  POLKU_CREDIT_STATE_NO_RULE,   /* the group says nothing about credits or counts */
  POLKU_CREDIT_STATE_UNDER,     /* fewer credits (or units) than the rule asks */
  POLKU_CREDIT_STATE_MET,
  POLKU_CREDIT_STATE_OVER,      /* more than the rule allows */
} PolkuCreditState;

/* One group of the structure in the plan's context. */
typedef struct
{
  char             *path;
  char             *parent_path;      /* NULL for the root */
  guint             depth;
  char             *name_fi;
  char             *name_sv;
  char             *rooli;
  double            min;              /* the credit rule; < 0: none */
  double            max;              /* < 0: none; equal to min for an exact rule */
  int               count_min;        /* how many units; < 0: none */
  int               count_max;
  double            chosen;           /* credits of the chosen units counted in this group and below */
  guint             n_chosen;         /* chosen units in this group and below */
  guint             n_chosen_direct;  /* chosen units counted in this group itself (count rules) */
  guint             n_mandatory;      /* mandatory units in this group and below */
  guint             n_mandatory_chosen;
  gboolean          mandatory;        /* a group of mandatory units */
  gboolean          unspecified;      /* määrittelemätön: filled with units from elsewhere */
  PolkuCreditState  state;
} PolkuCreditLine;

/* Where one chosen unit counts. */
typedef struct
{
  gint64    unit_id;
  char     *group_path;       /* NULL: not in the structure of this context */
  double    credits;          /* < 0: unknown */
  gboolean  mandatory;
} PolkuCreditPlacement;

typedef struct
{
  GPtrArray *lines;                 /* PolkuCreditLine, the groups in context, in preorder */
  GPtrArray *placements;            /* PolkuCreditPlacement, in the order of the choices */
  double     total_chosen;          /* every chosen unit, placed or not */
  double     total_required;        /* the root's rule, < 0: none */
  guint      n_unplaced;            /* chosen units the structure of this context does not have */
  guint      n_osaamisalat;         /* osaamisala groups (alternatives) in the structure */
  char      *osaamisala_uri;        /* the context used: chosen, or inferred from the units */
  gboolean   osaamisala_inferred;
  char      *tutkintonimike_uri;
  gboolean   tutkintonimike_inferred;
} PolkuCreditSummary;

void                polku_credit_summary_free   (PolkuCreditSummary       *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCreditSummary, polku_credit_summary_free)

PolkuCreditSummary *polku_credits_compute       (GPtrArray                *structure,
                                                 const char               *osaamisala_uri,
                                                 const char               *tutkintonimike_uri,
                                                 const PolkuCreditChoice  *choices,
                                                 guint                     n_choices);
double              polku_credits_sum_osa_alueet (GPtrArray              *osa_alueet,
                                                 const gint64           *chosen_ids,
                                                 guint                   n_chosen_ids);
gboolean            polku_credit_choice_set_osa_alueet (PolkuCreditChoice *choice,
                                                 PolkuStore               *store,
                                                 const GArray             *osa_alue_ids,
                                                 GError                  **error);
const PolkuCreditLine *polku_credit_summary_find_line (const PolkuCreditSummary *summary,
                                                 const char               *path);
char               *polku_credit_line_format    (const PolkuCreditLine    *line,
                                                 PolkuCreditUnit           unit,
                                                 const char               *language);
char               *polku_credit_line_format_rule (const PolkuCreditLine  *line,
                                                 PolkuCreditUnit           unit);

G_END_DECLS
