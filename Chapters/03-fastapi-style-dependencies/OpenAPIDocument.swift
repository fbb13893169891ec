// GET /openapi.json: the chapter's API as an OpenAPI 3.1 document, as FastAPI serves one.
import Hummingbird

/// The OpenAPI 3.1 description of this chapter's endpoints, with the OAuth2
/// password flow as its security scheme, so tools such as Swagger UI can log
/// in and call the protected routes.
///
/// FastAPI generates this document from its type hints; here it is written
/// out, and a test checks that every route of the router appears in it.
enum OpenAPIDocument {
    /// The document as an HTTP answer.
    static var response: Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: json))
        )
    }

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "jwt-auth-workbook chapter 3: FastAPI-style dependencies",
            "version": "1.0.0"
          },
          "paths": {
            "/login": {
              "post": {
                "summary": "Log in with the OAuth2 password flow (RFC 6749 §4.3)",
                "operationId": "login",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/x-www-form-urlencoded": {
                      "schema": { "$ref": "#/components/schemas/LoginForm" }
                    }
                  }
                },
                "responses": {
                  "200": { "description": "An access token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Token" } } } },
                  "401": { "description": "Incorrect username or password", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPError" } } } },
                  "422": { "description": "Missing or invalid fields", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPValidationError" } } } }
                }
              }
            },
            "/users/me": {
              "get": {
                "summary": "The user the access token belongs to",
                "operationId": "readCurrentUser",
                "security": [{ "OAuth2PasswordBearer": [] }],
                "responses": {
                  "200": { "description": "The current user", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/User" } } } },
                  "401": { "description": "No token, or an expired or invalid one", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPError" } } } }
                }
              }
            },
            "/admin/users": {
              "get": {
                "summary": "Every user; admins only",
                "operationId": "listUsers",
                "security": [{ "OAuth2PasswordBearer": [] }],
                "responses": {
                  "200": { "description": "All users", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/User" } } } } },
                  "401": { "description": "No token, or an expired or invalid one", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPError" } } } },
                  "403": { "description": "Not enough permissions", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPError" } } } }
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "OAuth2PasswordBearer": {
                "type": "oauth2",
                "flows": { "password": { "tokenUrl": "/login", "scopes": {} } }
              }
            },
            "schemas": {
              "LoginForm": {
                "type": "object",
                "required": ["username", "password"],
                "properties": {
                  "grant_type": { "type": "string", "pattern": "^password$" },
                  "username": { "type": "string" },
                  "password": { "type": "string", "format": "password" },
                  "scope": { "type": "string", "default": "" }
                }
              },
              "Token": {
                "type": "object",
                "required": ["access_token", "token_type"],
                "properties": {
                  "access_token": { "type": "string" },
                  "token_type": { "type": "string", "const": "bearer" }
                }
              },
              "User": {
                "type": "object",
                "required": ["id", "username", "role"],
                "properties": {
                  "id": { "type": "integer" },
                  "username": { "type": "string" },
                  "role": { "type": "string", "enum": ["user", "admin"] }
                }
              },
              "HTTPError": {
                "type": "object",
                "required": ["detail"],
                "properties": { "detail": { "type": "string" } }
              },
              "HTTPValidationError": {
                "type": "object",
                "properties": {
                  "detail": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["type", "loc", "msg"],
                      "properties": {
                        "type": { "type": "string" },
                        "loc": { "type": "array", "items": { "type": "string" } },
                        "msg": { "type": "string" },
                        "input": {}
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """#
}
