/* polku-exchange.h: file formats that cross the machine's edge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define POLKU_EXCHANGE_ERROR (polku_exchange_error_quark ())

typedef enum
{
  POLKU_EXCHANGE_ERROR_FAILED,
  POLKU_EXCHANGE_ERROR_NOT_JSON,
  POLKU_EXCHANGE_ERROR_TRUNCATED,
  POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
  POLKU_EXCHANGE_ERROR_NOT_VOCATIONAL,
  POLKU_EXCHANGE_ERROR_MISSING_FIELD,
  POLKU_EXCHANGE_ERROR_TOO_LARGE,
  POLKU_EXCHANGE_ERROR_NETWORK,
  POLKU_EXCHANGE_ERROR_NOT_FOUND,
  POLKU_EXCHANGE_ERROR_TIMED_OUT,
  POLKU_EXCHANGE_ERROR_HTTP,
  /* XML exchange files (polku-exchange-xml.h) */
  POLKU_EXCHANGE_ERROR_NOT_XML,             /* not well-formed XML */
  POLKU_EXCHANGE_ERROR_DOCTYPE,             /* DOCTYPE or entity declarations */
  POLKU_EXCHANGE_ERROR_ENCODING,            /* not UTF-8 */
  POLKU_EXCHANGE_ERROR_WRONG_ROOT,          /* not a Polku exchange file */
  POLKU_EXCHANGE_ERROR_UNSUPPORTED_VERSION, /* a future format version */
  POLKU_EXCHANGE_ERROR_INVALID,             /* fails the RELAX NG schema */
  POLKU_EXCHANGE_ERROR_MISSING_PERUSTE,     /* import the qualification first */
  POLKU_EXCHANGE_ERROR_NO_CONSENT,          /* no active consent to share */
  POLKU_EXCHANGE_ERROR_UNKNOWN_LEARNER,     /* decisions for a learner not here */
  POLKU_EXCHANGE_ERROR_EMPTY,               /* nothing to export */
} PolkuExchangeError;

GQuark polku_exchange_error_quark (void);

G_END_DECLS
