/* polku-environment-report.h: the data of a learning environment report
 * (oppimisympäristön tunnistaminen, as in the PAIKKO reports).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-catalogue-read.h"
#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ENVIRONMENT_REPORT (polku_environment_report_get_type ())

/* A snapshot, read once and then free of the database, so that printing may lay
 * it out in a worker thread. Everything is read-only; texts come in Finnish and
 * Swedish and the layout picks (polku_catalogue_pick_text()). */
typedef struct
{
  /* The qualification */
  gint64                      peruste_id;
  char                       *diaarinumero;
  char                       *peruste_name_fi;
  char                       *peruste_name_sv;
  char                       *valid_from;          /* ISO dates or NULL */
  char                       *valid_until;
  char                       *transition_until;
  char                       *credit_unit;         /* OSAAMISPISTE | VIIKKO | NULL */
  char                       *koulutustyyppi;      /* koulutustyyppi_1 …; TUVA and TELMA are trainings */
  GPtrArray                  *koulutukset;         /* PolkuCatalogueCodeRecord */
  GPtrArray                  *osaamisalat;         /* PolkuCatalogueCodeRecord */
  GPtrArray                  *tutkintonimikkeet;   /* PolkuCatalogueCodeRecord, each title once */

  /* Who and where */
  PolkuOrganisationRecord    *organisation;
  PolkuWorkshopRecord        *workshop;            /* name, address, description, equipment */
  GPtrArray                  *contacts;            /* PolkuContactRecord of the workshop */

  /* The recognition (fields NULL when not recorded yet) */
  PolkuRecognitionRecord     *recognition;

  /* What the workshop's active tasks cover: every unit in use, with each
   * requirement and the tasks covering it (none: not covered here), and the
   * totals and credits. Units with level NONE are not learnable here. */
  PolkuPerusteCoverageRecord *coverage;
  GPtrArray                  *tasks;               /* PolkuTaskRecord: the active tasks, in order */

  char                       *created_on;          /* ISO date of the snapshot */
} PolkuEnvironmentReport;

GType                   polku_environment_report_get_type     (void) G_GNUC_CONST;
PolkuEnvironmentReport *polku_environment_report_new          (PolkuStore                    *store,
                                                               gint64                         workshop_id,
                                                               gint64                         peruste_id,
                                                               GError                       **error);
PolkuEnvironmentReport *polku_environment_report_ref          (PolkuEnvironmentReport        *report);
void                    polku_environment_report_unref        (PolkuEnvironmentReport        *report);
guint                   polku_environment_report_count_units  (const PolkuEnvironmentReport  *report,
                                                               PolkuUnitExtent                level);
const PolkuTaskRecord  *polku_environment_report_find_task    (const PolkuEnvironmentReport  *report,
                                                               gint64                         task_id);
gboolean                polku_environment_report_is_training  (const PolkuEnvironmentReport  *report);
char                   *polku_environment_report_to_text      (const PolkuEnvironmentReport  *report,
                                                               const char                    *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuEnvironmentReport, polku_environment_report_unref)

G_END_DECLS
