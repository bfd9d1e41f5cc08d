/* polku-demonstration.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-learners.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DEMONSTRATION (polku_demonstration_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDemonstration, polku_demonstration, POLKU, DEMONSTRATION, GObject)

PolkuDemonstration             *polku_demonstration_load          (PolkuStore  *store,
                                                                   gint64       id,
                                                                   GError     **error);
gboolean                        polku_demonstration_refresh       (PolkuDemonstration  *self,
                                                                   GError             **error);
PolkuStore                     *polku_demonstration_get_store     (PolkuDemonstration *self);
const PolkuDemonstrationRecord *polku_demonstration_get_record    (PolkuDemonstration *self);
gint64                          polku_demonstration_get_id        (PolkuDemonstration *self);
gint64                          polku_demonstration_get_learner_id (PolkuDemonstration *self);
PolkuDemonstrationState         polku_demonstration_get_state     (PolkuDemonstration *self);
const char                     *polku_demonstration_get_starts_on (PolkuDemonstration *self);
const char                     *polku_demonstration_get_ends_on   (PolkuDemonstration *self);
const char                     *polku_demonstration_get_environment_name (PolkuDemonstration *self);
const char                     *polku_demonstration_get_place     (PolkuDemonstration *self);
const char                     *polku_demonstration_get_units_text (PolkuDemonstration *self);
GPtrArray                      *polku_demonstration_get_units     (PolkuDemonstration *self);
GPtrArray                      *polku_demonstration_get_assessors (PolkuDemonstration *self);
GPtrArray                      *polku_demonstration_get_criteria  (PolkuDemonstration *self);
GPtrArray                      *polku_demonstration_get_participants (PolkuDemonstration *self);
const char                     *polku_demonstration_get_language  (PolkuDemonstration *self);
void                            polku_demonstration_set_language  (PolkuDemonstration *self,
                                                                   const char         *language);

gboolean polku_demonstration_set_state            (PolkuDemonstration       *self,
                                                   PolkuDemonstrationState   state,
                                                   GError                  **error);
gboolean polku_demonstration_set_dates            (PolkuDemonstration  *self,
                                                   const char          *starts_on,
                                                   const char          *ends_on,
                                                   GError             **error);
gboolean polku_demonstration_set_environment      (PolkuDemonstration  *self,
                                                   const char          *name,
                                                   const char          *business_id,
                                                   const char          *description,
                                                   GError             **error);
gboolean polku_demonstration_set_content          (PolkuDemonstration  *self,
                                                   const char          *content,
                                                   GError             **error);
gboolean polku_demonstration_set_place            (PolkuDemonstration  *self,
                                                   const char          *koodi_uri,
                                                   GError             **error);
gboolean polku_demonstration_set_deviations       (PolkuDemonstration  *self,
                                                   const char          *deviations,
                                                   GError             **error);
gboolean polku_demonstration_set_assessment_discussion_on (PolkuDemonstration *self,
                                                   const char          *date,
                                                   GError             **error);
gboolean polku_demonstration_set_notes            (PolkuDemonstration  *self,
                                                   const char          *notes,
                                                   GError             **error);
gboolean polku_demonstration_set_provider_id      (PolkuDemonstration  *self,
                                                   gint64               provider_id,
                                                   GError             **error);
gboolean polku_demonstration_set_workshop_id      (PolkuDemonstration  *self,
                                                   gint64               workshop_id,
                                                   GError             **error);
gboolean polku_demonstration_set_unit             (PolkuDemonstration         *self,
                                                   gint64                      unit_id,
                                                   gint64                      osa_alue_id,
                                                   PolkuDemonstrationOutcome   outcome,
                                                   int                         level_id,
                                                   const char                 *assessed_on,
                                                   GError                    **error);
gboolean polku_demonstration_remove_unit          (PolkuDemonstration  *self,
                                                   gint64               unit_id,
                                                   gint64               osa_alue_id,
                                                   GError             **error);
gint64   polku_demonstration_add_assessor         (PolkuDemonstration        *self,
                                                   const PolkuAssessorRecord *assessor,
                                                   GError                   **error);
gboolean polku_demonstration_update_assessor      (PolkuDemonstration        *self,
                                                   const PolkuAssessorRecord *assessor,
                                                   GError                   **error);
gboolean polku_demonstration_remove_assessor      (PolkuDemonstration  *self,
                                                   gint64               assessor_id,
                                                   GError             **error);
gboolean polku_demonstration_set_participants     (PolkuDemonstration  *self,
                                                   const char * const  *koodi_uris,
                                                   GError             **error);
gint64   polku_demonstration_add_criterion        (PolkuDemonstration  *self,
                                                   gint64               requirement_id,
                                                   const char          *text,
                                                   GError             **error);
gboolean polku_demonstration_remove_criterion     (PolkuDemonstration  *self,
                                                   gint64               criterion_id,
                                                   GError             **error);

G_END_DECLS
