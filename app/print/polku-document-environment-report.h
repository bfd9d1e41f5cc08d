/* polku-document-environment-report.h: the printed learning environment report
 * (oppimisympäristön tunnistaminen, as in the PAIKKO reports).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-environment-report.h"
#include "polku-print-layout.h"

G_BEGIN_DECLS

PolkuPrintDocument *polku_document_environment_report_new (PolkuEnvironmentReport  *report,
                                                           const char              *language,
                                                           GError                 **error);

G_END_DECLS
